using Microsoft.Extensions.Options;

namespace PledgeBot.Conversations.NativeChannels;

/// <summary>Runs queued work after a webhook has been answered: one conversation's items strictly in arrival order,
/// different conversations side by side up to <see cref="ChannelsOptions.Concurrency"/>, and no more than
/// <see cref="ChannelsOptions.Capacity"/> items held at once. Shutdown waits for what is queued, within a bound.</summary>
public sealed class ConversationQueue : IHostedService, IDisposable
{
    private readonly Dictionary<string, Queue<Func<CancellationToken, Task>>> _lanes = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _slots;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ChannelsOptions _options;
    private readonly ILogger<ConversationQueue> _logger;
    private TaskCompletionSource _idle = CompletedIdle();
    private int _pending;
    private bool _stopped;

    public ConversationQueue(IOptions<ChannelsOptions> options, ILogger<ConversationQueue> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _logger = logger;
        _slots = new SemaphoreSlim(_options.Concurrency, _options.Concurrency);
    }

    /// <summary>Items queued or running.</summary>
    public int Pending
    {
        get
        {
            lock (_gate)
            {
                return _pending;
            }
        }
    }

    /// <summary>Queues <paramref name="work"/> behind the conversation's earlier items; false when the queue is full
    /// or the host is stopping (the caller answers 503 and the platform redelivers).</summary>
    public bool TryEnqueue(string conversation, Func<CancellationToken, Task> work)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(work);
        lock (_gate)
        {
            if (_stopped || _pending >= _options.Capacity)
            {
                return false;
            }

            if (_pending++ == 0)
            {
                _idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            if (_lanes.TryGetValue(conversation, out var lane))
            {
                lane.Enqueue(work);
                return true;
            }

            // An empty lane marks a conversation whose drain loop is running.
            _lanes.Add(conversation, new Queue<Func<CancellationToken, Task>>());
        }

        _ = Task.Run(() => DrainAsync(conversation, work));
        return true;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        Task idle;
        lock (_gate)
        {
            _stopped = true;
            idle = _idle.Task;
        }

        try
        {
            await idle.WaitAsync(_options.DrainTimeout, cancellationToken);
        }
        catch (Exception exception) when (exception is TimeoutException or OperationCanceledException)
        {
            _logger.QueueAbandoned(Pending);
        }
        finally
        {
            try
            {
                await _stopping.CancelAsync();
            }
            catch (ObjectDisposedException)
            {
                // Stopped twice (WebApplication.RunAsync and its host's owner both stop it) and disposed in between:
                // the running work was cancelled by the first stop.
            }
        }
    }

    public void Dispose()
    {
        _stopping.Dispose();
        _slots.Dispose();
    }

    private async Task DrainAsync(string conversation, Func<CancellationToken, Task> first)
    {
        var work = first;
        while (true)
        {
            await RunAsync(work);
            lock (_gate)
            {
                var lane = _lanes[conversation];
                if (--_pending == 0)
                {
                    _idle.TrySetResult();
                }

                if (!lane.TryDequeue(out var next))
                {
                    _lanes.Remove(conversation);
                    return;
                }

                work = next;
            }
        }
    }

    private async Task RunAsync(Func<CancellationToken, Task> work)
    {
        try
        {
            await _slots.WaitAsync(_stopping.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        try
        {
            await work(_stopping.Token);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            // The work logs its own failures; this only keeps one bad item from stopping its conversation's lane.
            _logger.QueuedWorkFailed(exception.GetType().Name);
        }
        finally
        {
            _slots.Release();
        }
    }

    private static TaskCompletionSource CompletedIdle()
    {
        var idle = new TaskCompletionSource();
        idle.SetResult();
        return idle;
    }
}
