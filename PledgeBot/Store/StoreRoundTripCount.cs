namespace PledgeBot.Store;

/// <summary>The store commands one turn has sent so far (<see cref="StoreRoundTrips"/>).</summary>
public sealed class StoreRoundTripCount
{
    private int _value;
    private volatile bool _stopped;

    public int Value => Volatile.Read(ref _value);

    /// <summary>Commands sent after this (a reply delivered later, a fire-and-forget write) are not counted.</summary>
    public void Stop() => _stopped = true;

    internal void Add()
    {
        if (!_stopped)
        {
            Interlocked.Increment(ref _value);
        }
    }
}
