using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Store;
using StackExchange.Redis;

namespace PledgeBot.Conversations.DirectLine;

/// <summary>Each Direct Line conversation's record and activity log in the store, so any instance can answer a poll or
/// feed a stream. Watermarks come from one counter per conversation, so they only grow; the log keeps the newest
/// <see cref="DirectLineOptions.ActivityLogLength"/> and expires with the conversation.</summary>
public sealed class DirectLineActivityLog(
    IConnectionMultiplexer multiplexer, RedisKeys keys, IOptions<DirectLineOptions> options, IOptions<StoreOptions> store)
{
    // KEYS[1] the watermark counter, KEYS[2] the log, KEYS[3] the conversation hash; all carry {dl:ID}.
    // ARGV[1] TTL in ms, ARGV[2] the log's length, ARGV[3…] the activities' JSON. Returns the first new watermark.
    private const string AppendScript = """
        local count = #ARGV - 2
        local last = redis.call('INCRBY', KEYS[1], count)
        for i = 1, count do
            local watermark = last - count + i
            redis.call('ZADD', KEYS[2], watermark, string.format('%012d', watermark) .. ARGV[i + 2])
        end
        redis.call('ZREMRANGEBYRANK', KEYS[2], 0, -(tonumber(ARGV[2]) + 1))
        redis.call('PEXPIRE', KEYS[1], ARGV[1])
        redis.call('PEXPIRE', KEYS[2], ARGV[1])
        redis.call('PEXPIRE', KEYS[3], ARGV[1])
        return last - count + 1
        """;

    private const int WatermarkDigits = 12;

    private readonly long _ttlMs = (long)store.Value.ConversationTtl.TotalMilliseconds;

    public async Task CreateAsync(DirectLineToken token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        var key = keys.DirectLineConversation(token.ConversationId);
        var database = multiplexer.GetDatabase();
        await database.HashSetAsync(key, [new("u", token.UserId), new("ch", token.ChannelId)]).WaitAsync(cancellationToken);
        await database.KeyExpireAsync(key, TimeSpan.FromMilliseconds(_ttlMs)).WaitAsync(cancellationToken);
    }

    public async Task<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken) =>
        await multiplexer.GetDatabase().KeyExistsAsync(keys.DirectLineConversation(conversationId)).WaitAsync(cancellationToken);

    /// <summary>True the first time only: whoever gets it sends the conversation's opening conversationUpdate.</summary>
    public async Task<bool> MarkStartedAsync(string conversationId, CancellationToken cancellationToken) =>
        await multiplexer.GetDatabase().HashSetAsync(keys.DirectLineConversation(conversationId), "s", "1", When.NotExists)
            .WaitAsync(cancellationToken);

    /// <summary>Appends activities in order and returns the ids they got (<c>conversationId|0000007</c>, as Azure's).</summary>
    public async Task<IReadOnlyList<string>> AppendAsync(
        string conversationId, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        if (activities.Count == 0)
        {
            return [];
        }

        RedisKey[] scriptKeys =
        [
            keys.DirectLineWatermark(conversationId), keys.DirectLineActivities(conversationId), keys.DirectLineConversation(conversationId),
        ];
        RedisValue[] arguments =
        [
            _ttlMs,
            options.Value.ActivityLogLength,
            .. activities.Select(activity => (RedisValue)JsonSerializer.Serialize(activity with { Id = null }, ProtocolJsonContext.Wire.Activity)),
        ];
        var database = multiplexer.GetDatabase();
        var first = (long)await database.ScriptEvaluateAsync(AppendScript, scriptKeys, arguments).WaitAsync(cancellationToken);
        var last = first + activities.Count - 1;
        await multiplexer.GetSubscriber().PublishAsync(keys.DirectLineAppended(conversationId), last).WaitAsync(cancellationToken);
        return [.. Enumerable.Range(0, activities.Count).Select(offset => ActivityId(conversationId, first + offset))];
    }

    /// <summary>The activities after <paramref name="watermark"/> (all of them when it is null) and the new watermark.</summary>
    public async Task<ActivitySet> ReadAsync(string conversationId, long? watermark, CancellationToken cancellationToken)
    {
        var after = watermark ?? 0;
        var members = await multiplexer.GetDatabase()
            .SortedSetRangeByScoreAsync(keys.DirectLineActivities(conversationId), after, double.PositiveInfinity, Exclude.Start)
            .WaitAsync(cancellationToken);

        var activities = new List<Activity>(members.Length);
        foreach (var member in members)
        {
            var text = (string)member!;
            var position = long.Parse(text.AsSpan(0, WatermarkDigits), NumberStyles.None, CultureInfo.InvariantCulture);
            var activity = JsonSerializer.Deserialize(text.AsSpan(WatermarkDigits), ProtocolJsonContext.Default.Activity)!;
            activities.Add(activity with { Id = ActivityId(conversationId, position) });
            after = position;
        }

        return new ActivitySet(activities, watermark is null && activities.Count == 0 ? null : after.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>A queue that hears of every append to the conversation, on any instance.</summary>
    public Task<ChannelMessageQueue> SubscribeAsync(string conversationId) =>
        multiplexer.GetSubscriber().SubscribeAsync(keys.DirectLineAppended(conversationId));

    private static string ActivityId(string conversationId, long watermark) =>
        string.Create(CultureInfo.InvariantCulture, $"{conversationId}|{watermark:D7}");
}
