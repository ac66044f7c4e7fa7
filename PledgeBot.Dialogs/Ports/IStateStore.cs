namespace PledgeBot.Dialogs.Ports;

/// <summary>Conversation state with optimistic concurrency and activity de-duplication, one round trip each way.</summary>
public interface IStateStore
{
    /// <summary>Reads the state and whether <paramref name="activityId"/> was processed in the de-duplication window. A
    /// store may answer from a cache of its own last writes without asking about the activity; its
    /// <see cref="TryWriteAsync"/> then refuses a processed activity, and the read after that reports it.</summary>
    Task<StoredState> ReadAsync(StateKey key, string? activityId, CancellationToken cancellationToken);

    /// <summary>Writes when the stored version still equals <paramref name="expectedVersion"/>, refreshing the
    /// expiry and marking <paramref name="activityId"/> processed; false when another writer got there first or the
    /// activity was already processed.</summary>
    Task<bool> TryWriteAsync(StateKey key, string json, long expectedVersion, string? activityId, CancellationToken cancellationToken);

    /// <summary>As <see cref="TryWriteAsync(StateKey, string, long, string?, CancellationToken)"/>, and when the write
    /// succeeds, counts the funnel steps the turn reached for the first time along with it (no extra round trip
    /// waited for). A store without funnel counters ignores them.</summary>
    Task<bool> TryWriteAsync(
        StateKey key, string json, long expectedVersion, string? activityId, IReadOnlyList<FunnelStep> funnelSteps, CancellationToken cancellationToken) =>
        TryWriteAsync(key, json, expectedVersion, activityId, cancellationToken);

    /// <summary>Deletes the conversation's state ("delete my data"); the de-duplication markers expire on their own.</summary>
    Task DeleteAsync(StateKey key, CancellationToken cancellationToken);
}
