using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace PledgeBot.Conversations.NativeChannels;

/// <summary>Platform message ids seen lately in this process (Zalo <c>msg_id</c>, Telegram <c>update_id</c>, Messenger
/// <c>mid</c>), so a redelivery is dropped before it is queued. The turn pipeline's seen marker, written with the
/// state, still catches a redelivery that reaches another instance or outlives this memory.</summary>
public sealed class RecentDeliveries : IDisposable
{
    private static readonly TimeSpan s_lifetime = TimeSpan.FromHours(1);
    private static readonly object s_seen = new();

    private readonly MemoryCache? _seen;

    public RecentDeliveries(IOptions<ChannelsOptions> options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        var limit = options.Value.RecentDeliveries;
        _seen = limit == 0 ? null : new MemoryCache(new MemoryCacheOptions { SizeLimit = limit, Clock = new CacheClock(clock) });
    }

    /// <summary>True the first time <paramref name="id"/> is offered on <paramref name="channel"/>, false after.</summary>
    public bool FirstTime(string channel, string id)
    {
        if (_seen is null)
        {
            return true;
        }

        var key = string.Concat(channel, ":", id);
        var first = false;
        _seen.GetOrCreate(key, entry =>
        {
            first = true;
            entry.Size = 1;
            entry.AbsoluteExpirationRelativeToNow = s_lifetime;
            return s_seen;
        });
        return first;
    }

    /// <summary>Forgets <paramref name="id"/>, so its redelivery is taken: for an activity offered but not queued.</summary>
    public void Forget(string channel, string id) => _seen?.Remove(string.Concat(channel, ":", id));

    public void Dispose() => _seen?.Dispose();

#pragma warning disable CS0618 // ISystemClock is what MemoryCacheOptions still takes.
    private sealed class CacheClock(TimeProvider clock) : Microsoft.Extensions.Internal.ISystemClock
    {
        public DateTimeOffset UtcNow => clock.GetUtcNow();
    }
#pragma warning restore CS0618
}
