using System.Collections.Concurrent;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Tests.Fakes;

namespace PledgeBot.Tests.Flows.Pledge.Provinces;

/// <summary>The in-memory store, keeping every state written so a test can check what was stored.</summary>
public sealed class RecordingStateStore : IStateStore
{
    private readonly InMemoryStateStore _store = new();

    public ConcurrentQueue<string> Written { get; } = new();

    public Task<StoredState> ReadAsync(StateKey key, string? activityId, CancellationToken cancellationToken) =>
        _store.ReadAsync(key, activityId, cancellationToken);

    public Task<bool> TryWriteAsync(StateKey key, string json, long expectedVersion, string? activityId, CancellationToken cancellationToken)
    {
        Written.Enqueue(json);
        return _store.TryWriteAsync(key, json, expectedVersion, activityId, cancellationToken);
    }

    public Task DeleteAsync(StateKey key, CancellationToken cancellationToken) => _store.DeleteAsync(key, cancellationToken);
}
