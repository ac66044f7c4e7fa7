using System.Collections.Frozen;

namespace PledgeBot.Referrals;

/// <summary>Who shares a code: influencers (KOL, KOC), schools, festival booths, and pledgers inviting friends.</summary>
public static class ReferralKinds
{
    public const string Kol = "kol";
    public const string Koc = "koc";
    public const string School = "school";
    public const string Booth = "booth";

    /// <summary>A pledger's personal invite code: created by the pledge flow, owned by a user hash, never a name.</summary>
    public const string Peer = "peer";

    public static IReadOnlyList<string> All { get; } = [Kol, Koc, School, Booth, Peer];

    /// <summary>The kinds staff create; peer codes come only from the pledge flow.</summary>
    public static FrozenSet<string> Staff { get; } = new[] { Kol, Koc, School, Booth }.ToFrozenSet(StringComparer.Ordinal);
}
