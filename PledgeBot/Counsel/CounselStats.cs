using System.Globalization;
using PledgeBot.Campaign;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Store;
using StackExchange.Redis;

namespace PledgeBot.Counsel;

/// <summary>The console's counts by Viet Nam day and channel: requests, chats handled, how long each waited (in whole
/// seconds, a histogram, so the export can give the median and 90th percentile), and fallbacks to 111 by reason.</summary>
public sealed class CounselStats(IConnectionMultiplexer store, CounselRedisKeys keys)
{
    public const string Requests = "requests";
    public const string Handled = "handled";
    public const string WaitPrefix = "wait.";
    public const string FallbackPrefix = "fallback.";

    public Task RequestedAsync(string channel, DateTimeOffset at, CancellationToken cancellationToken) =>
        CountAsync(at, $"{channel}|{Requests}", cancellationToken);

    public async Task HandledAsync(string channel, DateTimeOffset requested, DateTimeOffset claimed, CancellationToken cancellationToken)
    {
        var waited = (long)Math.Max(0, (claimed - requested).TotalSeconds);
        await CountAsync(claimed, $"{channel}|{Handled}", cancellationToken);
        await CountAsync(claimed, string.Create(CultureInfo.InvariantCulture, $"{channel}|{WaitPrefix}{waited}"), cancellationToken);
    }

    public Task FallbackAsync(string channel, CounselFallback reason, DateTimeOffset at, CancellationToken cancellationToken) =>
        CountAsync(at, $"{channel}|{FallbackPrefix}{Reason(reason)}", cancellationToken);

    public static string Reason(CounselFallback reason) => reason == CounselFallback.OutOfHours ? "out_of_hours" : "timeout";

    private Task<long> CountAsync(DateTimeOffset at, string field, CancellationToken cancellationToken) =>
        store.GetDatabase().HashIncrementAsync(keys.Day(CampaignDay.Of(at)), field).WaitAsync(cancellationToken);
}
