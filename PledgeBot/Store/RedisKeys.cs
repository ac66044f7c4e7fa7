using System.Security.Cryptography;
using System.Text;
using PledgeBot.Dialogs.Ports;
using StackExchange.Redis;

namespace PledgeBot.Store;

// Keys that one script touches together share a {hash tag}, so they stay in one cluster slot.
// The prefix comes from Store:KeyPrefix (default "pledgebot:").
public sealed class RedisKeys(string prefix)
{
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

    /// <summary>A hash: the user's pledge number, province, province count, pledge ids, invite code and time.</summary>
    public RedisKey Pledger(UserHash user) => $"{prefix}{{pledges}}:pledger:{user}";

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

    // "Talk to someone" entries: hashes like the pledges' (value → entries); one transaction, so all carry {talk}.

    public RedisKey TalkByDay() => $"{prefix}{{talk}}:by-day";

    public RedisKey TalkByChannel() => $"{prefix}{{talk}}:by-channel";

    public RedisKey TalkByEntry() => $"{prefix}{{talk}}:by-entry";

    /// <summary>A hash for one Viet Nam day: "channel|entry" → entries.</summary>
    public RedisKey TalkMix(string day) => $"{prefix}{{talk}}:mix:{day}";

    // Referral codes: each code's keys share {r:CODE}, so the reach script stays in the code's slot and codes spread
    // over the cluster. Codes are upper-case here (ReferralCodeFormat).

    /// <summary>A hash: kind, owner (a user hash, peer codes only), created, active.</summary>
    public RedisKey ReferralCode(string code) => $"{prefix}{{r:{code}}}:code";

    /// <summary>A HyperLogLog of the user hashes a code reached: counts each user once and keeps no id.</summary>
    public RedisKey ReferralReach(string code) => $"{prefix}{{r:{code}}}:reach";

    /// <summary>A hash: channel id → users first reached there through the code.</summary>
    public RedisKey ReferralReachByChannel(string code) => $"{prefix}{{r:{code}}}:reach-by-channel";

    /// <summary>A set: the peer codes a user owns, so "delete my data" can release them.</summary>
    public RedisKey PeerCodesOf(UserHash owner) => $"{prefix}{{u:{owner}}}:peer-codes";
}
