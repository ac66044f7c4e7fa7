namespace PledgeBot.Referrals;

/// <summary>A code with its counts per day (oldest first) and its reach per channel.</summary>
public sealed record ReferralCodeDetails(
    ReferralCodeSummary Code, IReadOnlyList<ReferralDay> Days, IReadOnlyDictionary<string, long> ReachByChannel);
