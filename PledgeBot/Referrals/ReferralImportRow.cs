namespace PledgeBot.Referrals;

/// <summary>What became of one CSV row: <c>created</c>, <c>exists</c> or <c>invalid</c> (with the reason).</summary>
public sealed record ReferralImportRow(int Line, string? Code, string Status, string? Reason);
