using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace PledgeBot.Campaign.Live;

/// <summary>The open live streams of this instance, at most <see cref="LiveOptions.MaxSubscribers"/>. The poller
/// hands each new frame to all of them; handing over never waits (see <see cref="LiveSubscription"/>).</summary>
public sealed class LiveBroadcast(IOptions<LiveOptions> options)
{
    private readonly ConcurrentDictionary<LiveSubscription, byte> _subscribers = new();
    private readonly int _max = options.Value.MaxSubscribers;
    private int _count;

    public int Count => Volatile.Read(ref _count);

    /// <summary>A new subscription, or null when the instance serves as many streams as it may.</summary>
    public LiveSubscription? TrySubscribe()
    {
        if (Interlocked.Increment(ref _count) > _max)
        {
            Interlocked.Decrement(ref _count);
            return null;
        }

        var subscription = new LiveSubscription(Release);
        _subscribers.TryAdd(subscription, 0);
        return subscription;
    }

    public void Publish(LiveEvent update)
    {
        foreach (var subscriber in _subscribers.Keys)
        {
            subscriber.Offer(update);
        }
    }

    private void Release(LiveSubscription subscription)
    {
        if (_subscribers.TryRemove(subscription, out _))
        {
            Interlocked.Decrement(ref _count);
        }
    }
}
