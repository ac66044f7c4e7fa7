using PledgeBot.Dialogs.Ports;
using StackExchange.Redis;

namespace PledgeBot.Counsel;

// Every counsel key carries the {counsel} hash tag: claim, release and end each change an item and the queues in one
// script, so on a Redis Cluster they live in one slot. Counsellor traffic is small; one slot carries it easily.
// The prefix comes from Store:KeyPrefix (default "pledgebot:").
public sealed class CounselRedisKeys(string prefix)
{
    /// <summary>A sorted set: waiting chats, scored by risk then time (<see cref="CounselScore"/>).</summary>
    public RedisKey Queue() => $"{prefix}{{counsel}}:queue";

    /// <summary>A sorted set: chats a counsellor holds, scored by when they were claimed.</summary>
    public RedisKey Open() => $"{prefix}{{counsel}}:open";

    /// <summary>A sorted set: waiting chats scored by when their wait runs out (the sweeper's list).</summary>
    public RedisKey Due() => $"{prefix}{{counsel}}:due";

    /// <summary>A hash per chat (<see cref="CounselItem"/>'s fields), expiring after Counsel:TranscriptLifetime.</summary>
    public RedisKey Item(string id) => $"{ItemPrefix}{id}";

    public string ItemPrefix => $"{prefix}{{counsel}}:item:";

    /// <summary>A list: the chat's messages, each AES-GCM encrypted; expires with the item.</summary>
    public RedisKey Transcript(string id) => $"{prefix}{{counsel}}:text:{id}";

    /// <summary>A string: the chat id of a conversation (by its state key, never a raw channel id).</summary>
    public RedisKey Conversation(StateKey key) => $"{prefix}{{counsel}}:conversation:{key}";

    /// <summary>A list, newest first: claims, releases, ends and messages sent (key id, time; never text).</summary>
    public RedisKey Audit() => $"{prefix}{{counsel}}:audit";

    /// <summary>A hash for one Viet Nam day: <c>channel|requests</c>, <c>|handled</c>, <c>|fallback.REASON</c>,
    /// <c>|wait.SECONDS</c> → counts. Counts only.</summary>
    public RedisKey Day(string day) => $"{prefix}{{counsel}}:day:{day}";

    /// <summary>A string held by the one instance sweeping for waits that ran out.</summary>
    public RedisKey SweepLock() => $"{prefix}{{counsel}}:sweep-lock";

    /// <summary>The pub/sub channel of one chat's events, heard by the counsellor's stream on any instance.</summary>
    public RedisChannel Events(string id) => RedisChannel.Literal($"{prefix}{{counsel}}:events:{id}");
}
