using System.Collections.Frozen;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Referrals;
using StackExchange.Redis;

namespace PledgeBot.Campaign;

/// <summary>A user's long-lived record: two short fields in a shared bucket hash (RedisKeys.PledgerBucket), so millions
/// of them stay in Redis's compact listpack encoding. Nothing in it names the user; "delete my data" removes all three
/// fields (Decree 13/2023).</summary>
/// <remarks>
/// Field <c>USER</c> (the last 12 hex digits of the user hash; its first 5 pick the bucket, so a record is told apart
/// by 48 + bucket bits, some 66: a clash among 12 million pledgers has a chance of about one in a million) is the pledge:
/// <c>number|province|count|pledges|invite|time</c>, numbers in base 36, time in Unix ms, province and pledge ids as the
/// short codes of the {pledges} symbol table (pledges joined by '.'). Field <c>USERr</c> is the referral part:
/// <c>first-touch code|its kind letter|later codes joined by ','</c>. Field <c>USERi</c> lists the user's invite codes,
/// written with each code (RedisReferralRegistry). Each stays under the 64 bytes of
/// hash-max-listpack-value (Lua in <see cref="PledgerScripts"/> writes and reads them).
/// </remarks>
internal static class PledgerEntry
{
    public const char PledgeIdSeparator = ',';

    private static readonly FrozenDictionary<string, string> s_kindLetters = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [ReferralKinds.Kol] = "l",
        [ReferralKinds.Koc] = "c",
        [ReferralKinds.School] = "s",
        [ReferralKinds.Booth] = "b",
        [ReferralKinds.Peer] = "p",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static string Field(UserHash user) => user.Value[^12..];

    public static string ReferralField(UserHash user) => Field(user) + "r";

    /// <summary>The invite codes the user owns, joined by ',': the index "delete my data" releases them by.</summary>
    public static string CodesField(UserHash user) => Field(user) + "i";

    public static string KindLetter(string kind) => s_kindLetters[kind];

    /// <summary>The first-touch code from a referral part, or null when there is none.</summary>
    public static string? FirstTouch(RedisValue referral) =>
        referral.IsNullOrEmpty ? null : ((string)referral!).Split('|')[0];

    public static string JoinPledgeIds(IReadOnlyList<string> pledgeIds)
    {
        if (pledgeIds.Any(id => id.Length == 0 || id.AsSpan().IndexOfAny(",|.") >= 0))
        {
            throw new ArgumentException("A pledge id is not empty and has no commas, bars or dots.", nameof(pledgeIds));
        }

        return string.Join(PledgeIdSeparator, pledgeIds);
    }

    /// <summary>A receipt from a script's answer: number, province, the province's count at that pledge, pledge ids,
    /// invite code ('' for none), time in Unix ms.</summary>
    public static PledgeReceipt Receipt(bool recorded, ReadOnlySpan<RedisValue> record)
    {
        var pledgeIds = (string?)record[3];
        var inviteCode = (string?)record[4];
        return new PledgeReceipt(
            recorded,
            (long)record[0],
            (string)record[1]!,
            (long)record[2],
            string.IsNullOrEmpty(pledgeIds) ? [] : pledgeIds.Split(PledgeIdSeparator),
            string.IsNullOrEmpty(inviteCode) ? null : inviteCode,
            DateTimeOffset.FromUnixTimeMilliseconds((long)record[5]));
    }
}
