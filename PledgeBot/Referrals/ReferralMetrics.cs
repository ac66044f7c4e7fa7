namespace PledgeBot.Referrals;

/// <summary>Field names of a code's counts in its hash and the staff list's sort orders.</summary>
public static class ReferralMetrics
{
    /// <summary>Distinct users who arrived with the code (its owner excepted).</summary>
    public const string Reach = "reach";

    /// <summary>Of those, the users for whom it was the first active code: theirs for good.</summary>
    public const string First = "first";

    /// <summary>Pledges of the users attributed to the code.</summary>
    public const string Pledges = "pledges";

    public static string OnDay(string metric, string day) => $"{metric}:{day}";
}
