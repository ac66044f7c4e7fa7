using System.Text.Json;
using PledgeBot.Referrals;
using PledgeBot.Store;
using StackExchange.Redis;

namespace PledgeBot.Staff.Exports;

/// <summary>Writes each export to the staff audit log beside code changes (see <see cref="ReferralAudit"/>): the key
/// id, <c>exported</c>, what (file and days) and when. No personal data.</summary>
public sealed class ExportAudit(IConnectionMultiplexer multiplexer, RedisKeys keys, TimeProvider time, ILogger<ExportAudit> logger)
{
    private const int Kept = 10_000;

    public Task RecordAsync(string keyId, string export, CancellationToken cancellationToken)
    {
        logger.Exported(keyId, export);
        return WriteAsync(keyId, "exported", export, cancellationToken);
    }

    /// <summary>The dashboard's data request: the same aggregates as the exports, so audited the same way.</summary>
    public Task RecordViewAsync(string keyId, string view, CancellationToken cancellationToken)
    {
        logger.Viewed(keyId, view);
        return WriteAsync(keyId, "viewed", view, cancellationToken);
    }

    private async Task WriteAsync(string keyId, string action, string what, CancellationToken cancellationToken)
    {
        var entry = new StaffAuditEntry(time.GetUtcNow(), keyId, action, what);
        var database = multiplexer.GetDatabase();
        await database.ListLeftPushAsync(keys.StaffAudit(), JsonSerializer.Serialize(entry, ReferralsJsonContext.Default.StaffAuditEntry))
            .WaitAsync(cancellationToken);
        await database.ListTrimAsync(keys.StaffAudit(), 0, Kept - 1).WaitAsync(cancellationToken);
    }
}
