using System.Collections.Concurrent;
using PledgeBot.Dialogs.Ports;

namespace PledgeBot.Tests.Fakes;

/// <summary>The state store port in memory, with the same version and de-duplication rules as Redis.</summary>
public sealed class InMemoryStateStore : IStateStore
{
    private readonly ConcurrentDictionary<StateKey, (string Json, long Version)> _states = new();
    private readonly ConcurrentDictionary<(StateKey, string), bool> _seen = new();
    private readonly Lock _gate = new();

    public int Writes { get; private set; }

    public Task<StoredState> ReadAsync(StateKey key, string? activityId, CancellationToken cancellationToken)
    {
        var seen = activityId is not null && _seen.ContainsKey((key, activityId));
        return Task.FromResult(_states.TryGetValue(key, out var state)
            ? new StoredState(state.Json, state.Version, seen)
            : new StoredState(null, 0, seen));
    }

    public Task<bool> TryWriteAsync(StateKey key, string json, long expectedVersion, string? activityId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var current = _states.TryGetValue(key, out var state) ? state.Version : 0;
            if (current != expectedVersion)
            {
                return Task.FromResult(false);
            }

            _states[key] = (json, current + 1);
            if (activityId is not null)
            {
                _seen[(key, activityId)] = true;
            }

            Writes++;
            return Task.FromResult(true);
        }
    }

    public Task DeleteAsync(StateKey key, CancellationToken cancellationToken)
    {
        _states.TryRemove(key, out _);
        return Task.CompletedTask;
    }
}
