using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using PledgeBot.Dialogs.Flows.TalkToSomeone.Counsel;
using PledgeBot.Dialogs.Ports;
using StackExchange.Redis;

namespace PledgeBot.Counsel;

/// <summary>The chats in the console and their queues, in the store: each change that touches an item and a queue is
/// one script, so two instances (or two counsellors) never see half of it.</summary>
public sealed class CounselChats(IConnectionMultiplexer store, CounselRedisKeys keys, IOptions<CounselOptions> options, TimeProvider time)
{
    // KEYS[1] conversation → chat id, KEYS[2] the new item, KEYS[3] queue, KEYS[4] due;
    // ARGV[1] chat id, ARGV[2] score, ARGV[3] due, ARGV[4] lifetime (s), ARGV[5] item key prefix, ARGV[6..] fields.
    // A conversation whose chat still exists keeps it: a turn re-run after a state conflict does not queue twice.
    private const string EnqueueScript = """
        local existing = redis.call('GET', KEYS[1])
        if existing and redis.call('EXISTS', ARGV[5] .. existing) == 1 then return existing end
        redis.call('HSET', KEYS[2], unpack(ARGV, 6))
        redis.call('EXPIRE', KEYS[2], ARGV[4])
        redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[4])
        redis.call('ZADD', KEYS[3], ARGV[2], ARGV[1])
        redis.call('ZADD', KEYS[4], ARGV[3], ARGV[1])
        return ARGV[1]
        """;

    // KEYS[1] item, KEYS[2] queue; ARGV[1] chat id, ARGV[2] risk, ARGV[3] categories, ARGV[4] now (ms).
    // A higher risk than before re-scores a waiting chat (ZADD XX: a claimed one is not in the queue).
    private const string HeardScript = """
        if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
        redis.call('HSET', KEYS[1], 'u', ARGV[4])
        local risk = tonumber(ARGV[2])
        if risk > tonumber(redis.call('HGET', KEYS[1], 'r') or '0') then
          local score = string.format('%.0f', (2 - risk) * 1e13 + tonumber(redis.call('HGET', KEYS[1], 's')))
          redis.call('HSET', KEYS[1], 'r', ARGV[2], 'cat', ARGV[3], 'sc', score)
          redis.call('ZADD', KEYS[2], 'XX', score, ARGV[1])
        end
        return 1
        """;

    // KEYS[1] item, KEYS[2] queue, KEYS[3] open, KEYS[4] due; ARGV[1] chat id, ARGV[2] key id, ARGV[3] now (ms).
    // -1 no such chat, 0 another key holds it, 2 this key holds it already, 1 claimed, 3 claimed for the first time.
    private const string ClaimScript = """
        if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
        local by = redis.call('HGET', KEYS[1], 'by')
        if by and by ~= '' then
          if by == ARGV[2] then return 2 end
          return 0
        end
        redis.call('HSET', KEYS[1], 'by', ARGV[2], 'at', ARGV[3])
        redis.call('ZREM', KEYS[2], ARGV[1])
        redis.call('ZREM', KEYS[4], ARGV[1])
        redis.call('ZADD', KEYS[3], ARGV[3], ARGV[1])
        return 1 + 2 * redis.call('HSETNX', KEYS[1], 'h', '1')
        """;

    // KEYS[1] item, KEYS[2] queue, KEYS[3] open, KEYS[4] due; ARGV[1] chat id, ARGV[2] key id, ARGV[3] now, ARGV[4] due.
    // Back in the queue at the place its risk and first request give it; its wait starts again.
    private const string ReleaseScript = """
        if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
        if redis.call('HGET', KEYS[1], 'by') ~= ARGV[2] then return 0 end
        redis.call('HDEL', KEYS[1], 'by', 'at', 't')
        redis.call('HSET', KEYS[1], 'w', ARGV[3])
        redis.call('ZREM', KEYS[3], ARGV[1])
        redis.call('ZADD', KEYS[2], redis.call('HGET', KEYS[1], 'sc'), ARGV[1])
        redis.call('ZADD', KEYS[4], ARGV[4], ARGV[1])
        return 1
        """;

    // KEYS[1] item, KEYS[2] transcript, KEYS[3] queue, KEYS[4] open, KEYS[5] due, KEYS[6] conversation → chat id;
    // ARGV[1] chat id, ARGV[2] the key that must hold it ('' for the young person, who may always leave).
    private const string RemoveScript = """
        if ARGV[2] ~= '' and redis.call('HGET', KEYS[1], 'by') ~= ARGV[2] then
          if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
          return 0
        end
        redis.call('DEL', KEYS[1], KEYS[2])
        redis.call('ZREM', KEYS[3], ARGV[1])
        redis.call('ZREM', KEYS[4], ARGV[1])
        redis.call('ZREM', KEYS[5], ARGV[1])
        if redis.call('GET', KEYS[6]) == ARGV[1] then redis.call('DEL', KEYS[6]) end
        return 1
        """;

    private TimeSpan Lifetime => options.Value.TranscriptLifetime;

    private IDatabase Database => store.GetDatabase();

    public static bool IsChatId(string? id) => id is { Length: 32 } && id.All(char.IsAsciiHexDigitLower);

    /// <summary>Queues the conversation (or finds the chat it has) and returns the chat id.</summary>
    public async Task<string> EnqueueAsync(CounselRequest request, string channel, Func<string, string> seal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(seal);
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var since = request.At.ToUnixTimeMilliseconds();
        var score = CounselScore.Of(request.Risk, since);
        var now = CounselItem.Milliseconds(request.At);
        RedisValue[] arguments =
        [
            id, score, request.At.Add(options.Value.MaxWait).ToUnixTimeMilliseconds(), (long)Lifetime.TotalSeconds, keys.ItemPrefix,
            CounselItem.Fields.Conversation, request.Conversation.Value,
            CounselItem.Fields.Channel, channel,
            CounselItem.Fields.Language, request.Language == Dialogs.Content.Language.English ? "en" : "vi",
            CounselItem.Fields.Risk, (int)request.Risk,
            CounselItem.Fields.Categories, string.Join(',', request.Categories),
            CounselItem.Fields.Since, now,
            CounselItem.Fields.Score, score,
            CounselItem.Fields.WaitFrom, now,
            CounselItem.Fields.LastUser, now,
            CounselItem.Fields.Reference, seal(id),
        ];
        var result = await Database.ScriptEvaluateAsync(
            EnqueueScript, [keys.Conversation(request.Conversation), keys.Item(id), keys.Queue(), keys.Due()], arguments).WaitAsync(cancellationToken);
        return (string)result!;
    }

    public async Task<string?> IdOfAsync(StateKey conversation, CancellationToken cancellationToken)
    {
        var id = (string?)await Database.StringGetAsync(keys.Conversation(conversation)).WaitAsync(cancellationToken);
        return IsChatId(id) ? id : null;
    }

    public async Task<CounselItem?> GetAsync(string id, CancellationToken cancellationToken) =>
        CounselItem.From(id, await Database.HashGetAllAsync(keys.Item(id)).WaitAsync(cancellationToken));

    /// <summary>The chat's place among those waiting (from 1), or 0 when it is not waiting.</summary>
    public async Task<int> PlaceAsync(string id, CancellationToken cancellationToken)
    {
        var rank = await Database.SortedSetRankAsync(keys.Queue(), id).WaitAsync(cancellationToken);
        return rank is null ? 0 : (int)rank.Value + 1;
    }

    public async Task<CounselSeat> SeatAsync(string? id, CancellationToken cancellationToken)
    {
        if (id is null || await GetAsync(id, cancellationToken) is not { } item)
        {
            return CounselSeat.None;
        }

        return item.ClaimedBy is not null
            ? new CounselSeat(CounselStatus.Connected, 0)
            : new CounselSeat(CounselStatus.Waiting, Math.Max(1, await PlaceAsync(id, cancellationToken)));
    }

    /// <summary>The young person wrote: their last message time (for the channel's reply window) and, when higher, the risk.</summary>
    public Task HeardAsync(string id, CounselMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Database.ScriptEvaluateAsync(HeardScript, [keys.Item(id), keys.Queue()],
            [id, (int)message.Risk, string.Join(',', message.Categories), CounselItem.Milliseconds(message.At)]).WaitAsync(cancellationToken);
    }

    public async Task KeepWaitingAsync(string id, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var database = Database;
        await database.HashSetAsync(keys.Item(id), CounselItem.Fields.WaitFrom, CounselItem.Milliseconds(now)).WaitAsync(cancellationToken);
        await database.HashDeleteAsync(keys.Item(id), CounselItem.Fields.TimedOut).WaitAsync(cancellationToken);
        await database.SortedSetAddAsync(keys.Due(), id, now.Add(options.Value.MaxWait).ToUnixTimeMilliseconds()).WaitAsync(cancellationToken);
    }

    public async Task<int> ClaimAsync(string id, string keyId, CancellationToken cancellationToken) =>
        (int)await Database.ScriptEvaluateAsync(ClaimScript, [keys.Item(id), keys.Queue(), keys.Open(), keys.Due()],
            [id, keyId, CounselItem.Milliseconds(time.GetUtcNow())]).WaitAsync(cancellationToken);

    public async Task<int> ReleaseAsync(string id, string keyId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return (int)await Database.ScriptEvaluateAsync(ReleaseScript, [keys.Item(id), keys.Queue(), keys.Open(), keys.Due()],
            [id, keyId, CounselItem.Milliseconds(now), now.Add(options.Value.MaxWait).ToUnixTimeMilliseconds()]).WaitAsync(cancellationToken);
    }

    /// <summary>Ends the chat and forgets its text: -1 no such chat, 0 held by another key, 1 removed.</summary>
    public async Task<int> RemoveAsync(string id, StateKey? conversation, string requiredKeyId, CancellationToken cancellationToken)
    {
        var owner = conversation is { } key ? keys.Conversation(key) : keys.Conversation(StateKey.Parse(await ConversationOfAsync(id, cancellationToken)));
        return (int)await Database.ScriptEvaluateAsync(RemoveScript,
            [keys.Item(id), keys.Transcript(id), keys.Queue(), keys.Open(), keys.Due(), owner], [id, requiredKeyId]).WaitAsync(cancellationToken);
    }

    /// <summary>Waiting chats whose wait ran out by now, each handed to exactly one caller (ZREM decides).</summary>
    public async Task<IReadOnlyList<string>> TakeDueAsync(int limit, CancellationToken cancellationToken)
    {
        var database = Database;
        var due = await database.SortedSetRangeByScoreAsync(keys.Due(), double.NegativeInfinity, time.GetUtcNow().ToUnixTimeMilliseconds(), take: limit)
            .WaitAsync(cancellationToken);
        var taken = new List<string>();
        foreach (var id in due)
        {
            if (await database.SortedSetRemoveAsync(keys.Due(), id).WaitAsync(cancellationToken))
            {
                taken.Add((string)id!);
            }
        }

        return taken;
    }

    /// <summary>Marks the chat's wait as run out; false when it was already (or is claimed, or gone).</summary>
    public async Task<bool> MarkTimedOutAsync(string id, CancellationToken cancellationToken) =>
        await Database.HashSetAsync(keys.Item(id), CounselItem.Fields.TimedOut, "1", When.NotExists).WaitAsync(cancellationToken);

    /// <summary>Every chat waiting or held, dropping entries whose item expired.</summary>
    public async Task<IReadOnlyList<CounselItem>> ListAsync(int limit, CancellationToken cancellationToken)
    {
        var database = Database;
        var ids = (await database.SortedSetRangeByRankAsync(keys.Queue(), 0, limit - 1).WaitAsync(cancellationToken))
            .Concat(await database.SortedSetRangeByRankAsync(keys.Open(), 0, limit - 1).WaitAsync(cancellationToken))
            .Select(id => (string)id!)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        var batch = database.CreateBatch();
        var reads = ids.Select(id => batch.HashGetAllAsync(keys.Item(id))).ToArray();
        batch.Execute();
        var items = new List<CounselItem>();
        for (var i = 0; i < ids.Length; i++)
        {
            if (CounselItem.From(ids[i], await reads[i].WaitAsync(cancellationToken)) is { } item)
            {
                items.Add(item);
            }
            else
            {
                await database.SortedSetRemoveAsync(keys.Queue(), ids[i]).WaitAsync(cancellationToken);
                await database.SortedSetRemoveAsync(keys.Open(), ids[i]).WaitAsync(cancellationToken);
            }
        }

        return items;
    }

    private async Task<string> ConversationOfAsync(string id, CancellationToken cancellationToken) =>
        (string?)await Database.HashGetAsync(keys.Item(id), CounselItem.Fields.Conversation).WaitAsync(cancellationToken)
            ?? new string('0', 16);
}
