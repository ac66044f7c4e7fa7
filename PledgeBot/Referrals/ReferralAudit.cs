using System.Text.Json;
using PledgeBot.Staff;
using PledgeBot.Store;
using StackExchange.Redis;

namespace PledgeBot.Referrals;

/// <summary>The audit log of staff changes to codes: in the log and in a capped Redis list (newest 10,000), each with
/// the key id, the action, the code and the time. Codes and names of influencers only; nothing about a youth.</summary>
public sealed class ReferralAudit(IConnectionMultiplexer multiplexer, RedisKeys keys, TimeProvider time, ILogger<ReferralAudit> logger)
{
    private const int Kept = 10_000;

    public async Task RecordAsync(string keyId, string action, IEnumerable<string> codes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(codes);
        var at = time.GetUtcNow();
        var entries = codes.Select(code =>
        {
            logger.StaffChange(keyId, action, code);
            return (RedisValue)JsonSerializer.Serialize(new StaffAuditEntry(at, keyId, action, code), ReferralsJsonContext.Default.StaffAuditEntry);
        }).ToArray();
        if (entries.Length == 0)
        {
            return;
        }

        var database = multiplexer.GetDatabase();
        await database.ListLeftPushAsync(keys.StaffAudit(), entries).WaitAsync(cancellationToken);
        await database.ListTrimAsync(keys.StaffAudit(), 0, Kept - 1).WaitAsync(cancellationToken);
    }
}
