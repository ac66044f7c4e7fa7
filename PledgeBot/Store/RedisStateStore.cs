using Microsoft.Extensions.Options;
using PledgeBot.Dialogs.Ports;
using StackExchange.Redis;

namespace PledgeBot.Store;

/// <summary>Conversation state in Redis or Garnet: one pipelined round trip to read, one script to write.</summary>
public sealed class RedisStateStore(
    IConnectionMultiplexer multiplexer, RedisKeys keys, IOptions<StoreOptions> options, ILogger<RedisStateStore> logger)
    : IStateStore
{
    // KEYS[1] the conversation's state hash (v = version, d = JSON); KEYS[2], when present, the activity's seen
    // marker. Both carry the conversation's {c:…} hash tag, so the script stays in one cluster slot.
    // ARGV[1] expected version, ARGV[2] JSON, ARGV[3] state TTL in ms, ARGV[4] seen-marker TTL in ms.
    private const string WriteScript = """
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

    private static readonly RedisValue[] s_stateFields = ["v", "d"];

    private readonly long _stateTtlMs = (long)TimeSpan.FromDays(options.Value.ConversationTtlDays).TotalMilliseconds;
    private readonly long _seenTtlMs = (long)TimeSpan.FromMinutes(options.Value.DeduplicationMinutes).TotalMilliseconds;

    public async Task<StoredState> ReadAsync(StateKey key, string? activityId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();

        // Both commands leave in one write to the socket: one round trip per turn (DESIGN.md, Data flow).
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

    public async Task<bool> TryWriteAsync(
        StateKey key, string json, long expectedVersion, string? activityId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(json);
        cancellationToken.ThrowIfCancellationRequested();

        RedisKey[] scriptKeys = activityId is null ? [keys.State(key)] : [keys.State(key), keys.Seen(key, activityId)];
        var result = await multiplexer.GetDatabase()
            .ScriptEvaluateAsync(WriteScript, scriptKeys, [expectedVersion, json, _stateTtlMs, _seenTtlMs])
            .WaitAsync(cancellationToken);

        var written = (long)result == 1;
        if (!written)
        {
            logger.WriteConflict(key.Value, expectedVersion);
        }

        return written;
    }

    public Task DeleteAsync(StateKey key, CancellationToken cancellationToken) =>
        multiplexer.GetDatabase().KeyDeleteAsync(keys.State(key)).WaitAsync(cancellationToken);
}
