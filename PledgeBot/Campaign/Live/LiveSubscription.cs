using System.Threading.Channels;

namespace PledgeBot.Campaign.Live;

/// <summary>One open stream's mailbox: it holds only the newest frame, so a slow screen skips to the latest totals
/// and never holds up the others.</summary>
public sealed class LiveSubscription : IDisposable
{
    private readonly Channel<LiveEvent> _events = Channel.CreateBounded<LiveEvent>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true, SingleWriter = true });

    private readonly Action<LiveSubscription> _release;
    private int _disposed;

    internal LiveSubscription(Action<LiveSubscription> release) => _release = release;

    public ChannelReader<LiveEvent> Events => _events.Reader;

    internal void Offer(LiveEvent update) => _events.Writer.TryWrite(update);

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _events.Writer.TryComplete();
            _release(this);
        }
    }
}
