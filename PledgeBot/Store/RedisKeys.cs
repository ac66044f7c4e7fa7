using System.Security.Cryptography;
using System.Text;
using PledgeBot.Dialogs.Ports;
using StackExchange.Redis;

namespace PledgeBot.Store;

// Keys that one script touches together share a {hash tag}, so they stay in one cluster slot.
// The prefix comes from Store:KeyPrefix (default "pledgebot:").
public sealed class RedisKeys(string prefix, int pledgerBucketBits = RedisKeys.DefaultPledgerBucketBits)
{
    /// <summary>2^18 buckets: some 46 pledgers each at 12 million, within a listpack's 128 entries.</summary>
    public const int DefaultPledgerBucketBits = 18;

    /// <summary>The bucket bits come from the first 5 hex digits of the user hash.</summary>
    public const int MaxPledgerBucketBits = 20;

    /// <summary>A hash: <c>v</c> the version, <c>d</c> the JSON.</summary>
    public RedisKey State(StateKey key) => $"{prefix}{{c:{key}}}:state";

    // Activity ids come from the channel with any length and alphabet; a short hash keeps the key bounded.
    public RedisKey Seen(StateKey key, string activityId)
    {
        ArgumentNullException.ThrowIfNull(activityId);
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(activityId), digest);
        return $"{prefix}{{c:{key}}}:seen:{Convert.ToHexStringLower(digest[..8])}";
    }

    // Pledges: the pledge script touches the pledger's marker and every counter at once, so all carry {pledges} and
    // live in one cluster slot (see RedisCampaignLedger for the hot-slot trade-off). Counters are hashes keyed by
    // the counted value, so a staff export reads each with one HGETALL.

    /// <summary>A hash holding many users' records, small enough to stay listpack-encoded: field <c>USER</c> the packed
    /// pledge, <c>USERr</c> the first-touch referral code and later codes, <c>USERi</c> their invite codes (PledgerEntry). The bucket is the first
    /// <c>pledgerBucketBits</c> bits of the user hash; the bits are fixed for the life of the data.</summary>
    public RedisKey PledgerBucket(UserHash user)
    {
        var head = Convert.ToInt32(user.Value[..5], 16) >> (MaxPledgerBucketBits - pledgerBucketBits);
        return $"{prefix}{{pledges}}:pl:{head:x}";
    }

    /// <summary>A hash: pledge and province ids ↔ the short codes the pledger records store them as.</summary>
    public RedisKey PledgeSymbols() => $"{prefix}{{pledges}}:symbols";

    /// <summary>A counter: every pledge; its value after INCR is the pledge's number.</summary>
    public RedisKey PledgeTotal() => $"{prefix}{{pledges}}:total";

    /// <summary>A hash: Viet Nam day (yyyy-MM-dd) → pledges.</summary>
    public RedisKey PledgesByDay() => $"{prefix}{{pledges}}:by-day";

    /// <summary>A hash: province id → pledges.</summary>
    public RedisKey PledgesByProvince() => $"{prefix}{{pledges}}:by-province";

    /// <summary>A hash: channel id → pledges.</summary>
    public RedisKey PledgesByChannel() => $"{prefix}{{pledges}}:by-channel";

    /// <summary>A hash: referral code → pledges.</summary>
    public RedisKey PledgesByCode() => $"{prefix}{{pledges}}:by-code";

    /// <summary>A hash: age band → pledges.</summary>
    public RedisKey PledgesByAgeBand() => $"{prefix}{{pledges}}:by-age";

    /// <summary>A hash for one Viet Nam day: "province|channel|code|age band" → pledges, for the staff CSV.</summary>
    public RedisKey PledgeMix(string day) => $"{prefix}{{pledges}}:mix:{day}";

    // Quiz: one hash per counted value, each {completions, score_0 … score_5}; one transaction, so all carry {quiz}.

    public RedisKey QuizTotal() => $"{prefix}{{quiz}}:total";

    public RedisKey QuizByDay(string day) => $"{prefix}{{quiz}}:day:{day}";

    public RedisKey QuizByChannel(string channel) => $"{prefix}{{quiz}}:channel:{channel}";

    public RedisKey QuizByCode(string code) => $"{prefix}{{quiz}}:code:{code}";

    /// <summary>A hash for one Viet Nam day: "channel|code|completions" and "channel|code|score_N" → quizzes, for the
    /// staff CSV; an empty code means none.</summary>
    public RedisKey QuizMix(string day) => $"{prefix}{{quiz}}:mix:{day}";

    // "Talk to someone" entries: hashes like the pledges' (value → entries); one transaction, so all carry {talk}.

    public RedisKey TalkByDay() => $"{prefix}{{talk}}:by-day";

    public RedisKey TalkByChannel() => $"{prefix}{{talk}}:by-channel";

    public RedisKey TalkByEntry() => $"{prefix}{{talk}}:by-entry";

    /// <summary>A hash for one Viet Nam day: "channel|entry" → entries.</summary>
    public RedisKey TalkMix(string day) => $"{prefix}{{talk}}:mix:{day}";

    // Referral codes live in the {pledges} slot with the pledgers: a code's arrival, the user's first touch (a field of
    // their pledger hash) and the pledge it later brings are each one script over one slot, with nothing half-counted.
    // Codes are upper-case here (ReferralCodeFormat).

    /// <summary>A hash: kind, name (staff codes) or owner (a user hash, peer codes), created, active, then the counts:
    /// reach, first, pledges, each also per Viet Nam day (<c>reach:yyyy-MM-dd</c>), and reach per channel.</summary>
    public RedisKey ReferralCode(string code) => $"{prefix}{{pledges}}:ref:{code}";

    /// <summary>A sorted set per kind and metric (reach, pledges): code → count, for the staff list's order and pages.</summary>
    public RedisKey ReferralRank(string kind, string metric) => $"{prefix}{{pledges}}:refs:{kind}:{metric}";

    /// <summary>A hash: Viet Nam day → arrivals with an unknown or inactive code (they get no key of their own).</summary>
    public RedisKey ReferralUnknown() => $"{prefix}{{pledges}}:refs:unknown";

    /// <summary>A hash: Viet Nam day → quizzes finished by users attributed to the code.</summary>
    public RedisKey QuizByCodeDay(string code) => $"{prefix}{{quiz}}:code-days:{code}";

    /// <summary>A hash for one flow and Viet Nam day: "content version|step ordinal|step name|referral code" →
    /// conversations that first reached that step that day (an empty code means none). Each field is counted with one
    /// HINCRBY of its own, so no hash tag is needed (Staff/Funnel reads a range of days).</summary>
    public RedisKey Funnel(string flow, string day) => $"{prefix}funnel:{flow}:{day}";

    /// <summary>A list, newest first: staff changes to referral codes as JSON (key id, action, code, time).</summary>
    public RedisKey StaffAudit() => $"{prefix}staff:audit";

    /// <summary>A set: the peer codes a user owned before their index moved into the pledger bucket (field USERi); read
    /// and removed by "delete my data" only.</summary>
    public RedisKey PeerCodesOf(UserHash owner) => $"{prefix}{{u:{owner}}}:peer-codes";

    /// <summary>A string: present while a serviceUrl (by its SHA-256) is trusted, so any instance may send to it.</summary>
    public RedisKey TrustedServiceUrl(string digest) => $"{prefix}trusted-service-url:{digest}";

    /// <summary>A string: a generated key (base64) every instance on this store shares (Secrets/GeneratedKeys).</summary>
    public RedisKey GeneratedKey(string name) => $"{prefix}secrets:{name}";

    // Native channels: what a later webhook needs from an earlier reply, kept a while so any instance can read it back.
    // A conversation's entries carry its {c:…} tag, the pseudonymised key its state has; never a raw chat id.

    /// <summary>A string (JSON): the titles and values of the last Telegram reply keyboard a conversation was shown.</summary>
    public RedisKey TelegramKeyboard(StateKey key) => $"{prefix}{{c:{key}}}:tg-keyboard";

    /// <summary>A string: the value behind a long Telegram <c>callback_data</c> key (a hash of the value).</summary>
    public RedisKey TelegramCallback(string key) => $"{prefix}tg-callback:{key}";

    /// <summary>A string (JSON): the actions held back behind a conversation's last "More…".</summary>
    public RedisKey ActionOverflow(StateKey key) => $"{prefix}{{c:{key}}}:more";

    // Direct Line (DirectLine/): a conversation's keys share {dl:ID}, so the append script stays in one cluster slot.
    // All expire with the conversation (Store:ConversationTtl after its last activity).

    /// <summary>A hash: <c>u</c> the user id the tokens carry, <c>ch</c> the channel id, <c>s</c> set once started.</summary>
    public RedisKey DirectLineConversation(string conversationId) => $"{prefix}{{dl:{conversationId}}}:conversation";

    /// <summary>A counter: the last watermark handed out; activity n has watermark n.</summary>
    public RedisKey DirectLineWatermark(string conversationId) => $"{prefix}{{dl:{conversationId}}}:watermark";

    /// <summary>A sorted set: the activity log, scored by watermark, each member its zero-padded watermark and JSON.</summary>
    public RedisKey DirectLineActivities(string conversationId) => $"{prefix}{{dl:{conversationId}}}:activities";

    /// <summary>The pub/sub channel that tells every instance's open streams a conversation has new activities.</summary>
    public RedisChannel DirectLineAppended(string conversationId) =>
        RedisChannel.Literal($"{prefix}{{dl:{conversationId}}}:appended");
}
