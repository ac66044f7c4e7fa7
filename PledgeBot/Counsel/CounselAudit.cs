using System.Text.Json;
using StackExchange.Redis;

namespace PledgeBot.Counsel;

/// <summary>Writes claims, releases, ends and messages sent to the console's audit list and the log: key id, action,
/// chat id and time, never what was written.</summary>
public sealed class CounselAudit(IConnectionMultiplexer store, CounselRedisKeys keys, TimeProvider time, ILogger<CounselAudit> logger)
{
    private const int Kept = 10_000;

    public const string Claimed = "claimed";
    public const string Released = "released";
    public const string Ended = "ended";
    public const string Sent = "sent";

    public async Task RecordAsync(string keyId, string action, string chat, CancellationToken cancellationToken)
    {
        logger.CounsellorAction(keyId, action, chat);
        var entry = new CounselAuditEntry(time.GetUtcNow(), keyId, action, chat);
        var database = store.GetDatabase();
        await database.ListLeftPushAsync(keys.Audit(), JsonSerializer.Serialize(entry, CounselJsonContext.Default.CounselAuditEntry)).WaitAsync(cancellationToken);
        await database.ListTrimAsync(keys.Audit(), 0, Kept - 1).WaitAsync(cancellationToken);
    }
}
