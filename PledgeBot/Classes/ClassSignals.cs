using System.Collections.Concurrent;
using StackExchange.Redis;

namespace PledgeBot.Classes;

/// <summary>"Class CODE changed", across instances: a join, an answer or a move publishes the code on one Redis channel;
/// every instance subscribes once and wakes its own screens of that class. The screens then read the store, so a
/// missed or doubled signal costs nothing but a read.</summary>
public sealed class ClassSignals(IConnectionMultiplexer redis, ClassKeys keys, ILogger<ClassSignals> logger) : IDisposable
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<ClassWatch, byte>> _watches = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _subscribing = new(1, 1);
    private volatile bool _subscribed;

    public void Publish(string code)
    {
        try
        {
            redis.GetSubscriber().Publish(keys.Events(), code, CommandFlags.FireAndForget);
        }
        catch (RedisException exception)
        {
            // A screen that misses one signal catches up with the next, or with its heartbeat read.
            logger.ClassSignalFailed(exception.GetType().Name);
        }
    }

    /// <summary>A watch woken whenever class <paramref name="code"/> changes, on any instance; dispose it to stop.</summary>
    public async Task<ClassWatch> WatchAsync(string code, CancellationToken cancellationToken)
    {
        await EnsureSubscribedAsync(cancellationToken);
        var watch = new ClassWatch(code, Release);
        _watches.GetOrAdd(code, _ => new()).TryAdd(watch, 0);
        return watch;
    }

    public void Dispose() => _subscribing.Dispose();

    private async Task EnsureSubscribedAsync(CancellationToken cancellationToken)
    {
        if (_subscribed)
        {
            return;
        }

        await _subscribing.WaitAsync(cancellationToken);
        try
        {
            if (!_subscribed)
            {
                await redis.GetSubscriber().SubscribeAsync(keys.Events(), (_, message) => Wake(message.ToString()));
                _subscribed = true;
            }
        }
        finally
        {
            _subscribing.Release();
        }
    }

    private void Wake(string code)
    {
        if (_watches.TryGetValue(code, out var watches))
        {
            foreach (var watch in watches.Keys)
            {
                watch.Wake();
            }
        }
    }

    private void Release(ClassWatch watch)
    {
        if (_watches.TryGetValue(watch.Code, out var watches))
        {
            watches.TryRemove(watch, out _);
        }
    }
}
