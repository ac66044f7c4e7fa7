namespace PledgeBot.Conversations.DirectLine;

/// <summary>One open stream's hold on its conversation: cancelled when the browser leaves or a newer stream collides.</summary>
public sealed class DirectLineStreamClaim(Action<DirectLineStreamClaim> release, CancellationToken requestAborted) : IDisposable
{
    private readonly CancellationTokenSource _session = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);

    public CancellationToken Token => _session.Token;

    /// <summary>True when a newer stream for the same conversation took over (closed with reason <c>collision</c>).</summary>
    public bool Collided { get; private set; }

    public void End() => _session.Cancel();

    public void Collide()
    {
        Collided = true;
        _session.Cancel();
    }

    public void Dispose()
    {
        release(this);
        _session.Dispose();
    }
}
