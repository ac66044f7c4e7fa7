using System.Text.Json;
using PledgeBot.Referrals;
using PledgeBot.Serialization;
using PledgeBot.Store;
using StackExchange.Redis;

namespace PledgeBot.Staff.Exports;

/// <summary>Writes each export to the staff audit log beside code changes (see <see cref="ReferralAudit"/>): the key
/// id, <c>exported</c>, what (file and days) and when. No personal data.</summary>
public sealed class ExportAudit(IConnectionMultiplexer multiplexer, RedisKeys keys, TimeProvider time, ILogger logger)
{
    private const int Kept = 10_000;

    public async Task RecordAsync(string keyId, string export, CancellationToken cancellationToken)
    {
        logger.Exported(keyId, export);
        var entry = new StaffAuditEntry(time.GetUtcNow(), keyId, "exported", export);
        var database = multiplexer.GetDatabase();
        await database.ListLeftPushAsync(keys.StaffAudit(), JsonSerializer.Serialize(entry, HostJsonContext.Default.StaffAuditEntry))
            .WaitAsync(cancellationToken);
        await database.ListTrimAsync(keys.StaffAudit(), 0, Kept - 1).WaitAsync(cancellationToken);
    }
}
