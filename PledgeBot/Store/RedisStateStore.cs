using Microsoft.Extensions.Options;
using PledgeBot.Dialogs.Ports;
using StackExchange.Redis;

namespace PledgeBot.Store;

/// <summary>Conversation state in Redis or Garnet: one script to write, and a read only when this instance has not
/// written the conversation recently (<see cref="ConversationStateCache"/>), else one pipelined round trip.</summary>
public sealed class RedisStateStore(
    IConnectionMultiplexer multiplexer, RedisKeys keys, IOptions<StoreOptions> options, ILogger<RedisStateStore> logger)
    : IStateStore, IDisposable
{
    // KEYS[1] the conversation's state hash (v = version, d = JSON); KEYS[2], when present, the activity's seen
    // marker. Both carry the conversation's {c:…} hash tag, so the script stays in one cluster slot.
    // ARGV[1] expected version, ARGV[2] JSON, ARGV[3] state TTL in ms, ARGV[4] seen-marker TTL in ms.
    // Answers 1 written, 0 stale version, 2 the activity was already processed (a turn run from the cache, which
    // skipped the read that would have said so).
    private const string WriteScript = """
        if KEYS[2] and redis.call('EXISTS', KEYS[2]) == 1 then
            return 2
        end
        local stored = tonumber(redis.call('HGET', KEYS[1], 'v') or '0')
        if stored ~= tonumber(ARGV[1]) then
            return 0
        end
        redis.call('HSET', KEYS[1], 'v', stored + 1, 'd', ARGV[2])
        redis.call('PEXPIRE', KEYS[1], ARGV[3])
        if KEYS[2] then
            redis.call('SET', KEYS[2], '1', 'PX', ARGV[4])
        end
        return 1
        """;

    // KEYS[1] the conversation's state hash; ARGV[1] the state TTL in ms. "Delete my data" drops the JSON but keeps the
    // version, one more than before: a version never comes round again, so no instance's cached copy of the deleted
    // state can match a later write and bring it back.
    /// <summary>The scripts every turn runs, loaded at start (<see cref="StoreStartup"/>) so the first burst of turns
    /// sends their hashes instead of each one making the store compile them under the turn's timeout.</summary>
    internal static IReadOnlyList<string> Scripts => [WriteScript, DeleteScript];

    private const string DeleteScript = """
        if redis.call('EXISTS', KEYS[1]) == 0 then
            return 0
        end
        redis.call('HDEL', KEYS[1], 'd')
        redis.call('HINCRBY', KEYS[1], 'v', 1)
        redis.call('PEXPIRE', KEYS[1], ARGV[1])
        return 1
        """;

    private static readonly RedisValue[] s_stateFields = ["v", "d"];

    private readonly long _stateTtlMs = (long)options.Value.ConversationTtl.TotalMilliseconds;
    private readonly long _seenTtlMs = (long)options.Value.DeduplicationWindow.TotalMilliseconds;
    private readonly ConversationStateCache _cache =
        new(options.Value.StateCacheEntries, options.Value.ConversationTtl);

    /// <summary>How many conversations the in-process cache holds now.</summary>
    public long CachedConversations => _cache.Count;

    public async Task<StoredState> ReadAsync(StateKey key, string? activityId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_cache.TryGet(key, out var cached))
        {
            // Whether the activity was seen is left to the write, which refuses a processed one (IStateStore).
            return new StoredState(cached.Json, cached.Version, ActivitySeen: false);
        }

        // Both commands leave in one write to the socket: one round trip per turn (docs/architecture.md).
        var batch = multiplexer.GetDatabase().CreateBatch();
        var stateRead = batch.HashGetAsync(keys.State(key), s_stateFields);
        var seenRead = activityId is null ? Task.FromResult(false) : batch.KeyExistsAsync(keys.Seen(key, activityId));
        batch.Execute();

        var state = await stateRead.WaitAsync(cancellationToken);
        var seen = await seenRead.WaitAsync(cancellationToken);
        return state[0].IsNull
            ? new StoredState(null, 0, seen)
            : new StoredState((string?)state[1], (long)state[0], seen);
    }

    public Task<bool> TryWriteAsync(
        StateKey key, string json, long expectedVersion, string? activityId, CancellationToken cancellationToken) =>
        TryWriteAsync(key, json, expectedVersion, activityId, [], cancellationToken);

    public async Task<bool> TryWriteAsync(
        StateKey key, string json, long expectedVersion, string? activityId, IReadOnlyList<FunnelStep> funnelSteps,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(funnelSteps);
        ArgumentNullException.ThrowIfNull(json);
        cancellationToken.ThrowIfCancellationRequested();

        RedisKey[] scriptKeys = activityId is null ? [keys.State(key)] : [keys.State(key), keys.Seen(key, activityId)];
        var result = await multiplexer.GetDatabase()
            .ScriptEvaluateAsync(WriteScript, scriptKeys, [expectedVersion, json, _stateTtlMs, _seenTtlMs])
            .WaitAsync(cancellationToken);

        switch ((long)result)
        {
            case 1:
                _cache.Set(key, json, expectedVersion + 1);
                CountFunnel(funnelSteps);
                return true;
            case 2:
                _cache.Remove(key);
                logger.WriteOfSeenActivityRefused(key.Value);
                return false;
            default:
                // Another instance (or a concurrent turn here) wrote first: the next read goes to the store.
                _cache.Remove(key);
                logger.WriteConflict(key.Value, expectedVersion);
                return false;
        }
    }

    public async Task DeleteAsync(StateKey key, CancellationToken cancellationToken)
    {
        _cache.Remove(key);
        await multiplexer.GetDatabase().ScriptEvaluateAsync(DeleteScript, [keys.State(key)], [_stateTtlMs]).WaitAsync(cancellationToken);
        _cache.Remove(key);
    }

    // Only after the state that remembers the steps is written, so a step is counted once per conversation. The
    // counters live outside the conversation's cluster slot, so they cannot join the write script; fire-and-forget
    // sends them behind it on the same connection without waiting, and the common turn (no new step) sends nothing.
    private void CountFunnel(IReadOnlyList<FunnelStep> steps)
    {
        if (steps.Count == 0)
        {
            return;
        }

        var database = multiplexer.GetDatabase();
        foreach (var step in steps)
        {
            var field = string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"{step.Version}|{step.Ordinal}|{step.Name}|{step.ReferralCode?.ToUpperInvariant()}");
            database.HashIncrement(keys.Funnel(step.Flow, CampaignDay.Of(step.At)), field, 1, CommandFlags.FireAndForget);
        }
    }

    public void Dispose() => _cache.Dispose();
}
