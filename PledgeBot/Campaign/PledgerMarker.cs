using PledgeBot.Dialogs.Ports;
using StackExchange.Redis;

namespace PledgeBot.Campaign;

/// <summary>The per-user pledge marker: a small hash that makes a pledge count once and answers "you pledged on …".
/// Nothing in it names the user; "delete my data" deletes it (Decree 13/2023).</summary>
internal static class PledgerMarker
{
    public const char PledgeIdSeparator = ',';

    // Short names: there is one marker per pledger, millions of them. RedisCampaignLedger's script writes and answers
    // them in this order: number, province, the province's count at that pledge, pledge ids, invite code ('' for
    // none), time in Unix ms.
    public static readonly RedisValue[] Fields = ["n", "province", "count", "pledges", "invite", "at"];

    public static string JoinPledgeIds(IReadOnlyList<string> pledgeIds)
    {
        if (pledgeIds.Any(id => id.Contains(PledgeIdSeparator, StringComparison.Ordinal)))
        {
            throw new ArgumentException("A pledge id has no commas.", nameof(pledgeIds));
        }

        return string.Join(PledgeIdSeparator, pledgeIds);
    }

    public static PledgeReceipt Receipt(bool recorded, ReadOnlySpan<RedisValue> marker)
    {
        var pledgeIds = (string?)marker[3];
        var inviteCode = (string?)marker[4];
        return new PledgeReceipt(
            recorded,
            (long)marker[0],
            (string)marker[1]!,
            (long)marker[2],
            string.IsNullOrEmpty(pledgeIds) ? [] : pledgeIds.Split(PledgeIdSeparator),
            string.IsNullOrEmpty(inviteCode) ? null : inviteCode,
            DateTimeOffset.FromUnixTimeMilliseconds((long)marker[5]));
    }
}
