using System.Collections.Concurrent;
using PledgeBot.Dialogs.Ports;

namespace PledgeBot.Store;

/// <summary>PLACEHOLDER owned by the Store work; deleted when RedisStateStore lands.</summary>
internal sealed class TemporaryMemoryStateStore : IStateStore
{
    private readonly ConcurrentDictionary<string, (string Json, long Version)> _states = new();
    private readonly ConcurrentDictionary<string, bool> _seen = new();

    public Task<StoredState> ReadAsync(StateKey key, string? activityId, CancellationToken cancellationToken)
    {
        var seen = activityId is not null && _seen.ContainsKey($"{key}/{activityId}");
        return Task.FromResult(_states.TryGetValue(key.Value, out var s) ? new StoredState(s.Json, s.Version, seen) : new StoredState(null, 0, seen));
    }

    public Task<bool> TryWriteAsync(StateKey key, string json, long expectedVersion, string? activityId, CancellationToken cancellationToken)
    {
        lock (_states)
        {
            var current = _states.TryGetValue(key.Value, out var s) ? s.Version : 0;
            if (current != expectedVersion)
            {
                return Task.FromResult(false);
            }

            _states[key.Value] = (json, current + 1);
            if (activityId is not null)
            {
                _seen[$"{key}/{activityId}"] = true;
            }

            return Task.FromResult(true);
        }
    }
}
