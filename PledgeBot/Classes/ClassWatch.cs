using System.Threading.Channels;

namespace PledgeBot.Classes;

/// <summary>One screen's wake-up call for its class: at most one pending signal, so a burst of answers costs one read.</summary>
public sealed class ClassWatch(string code, Action<ClassWatch> release) : IDisposable
{
    private readonly Channel<bool> _signal = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public string Code { get; } = code;

    public void Wake() => _signal.Writer.TryWrite(true);

    /// <summary>True when woken within <paramref name="timeout"/>; false when the time ran out.</summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await _signal.Reader.ReadAsync(limit.Token);
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    public void Dispose() => release(this);
}
