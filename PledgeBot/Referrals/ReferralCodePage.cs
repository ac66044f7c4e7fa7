namespace PledgeBot.Referrals;

/// <summary>One page of the staff list, highest first by <see cref="Sort"/>.</summary>
public sealed record ReferralCodePage(int Page, int PageSize, string Sort, string? Kind, IReadOnlyList<ReferralCodeSummary> Items);
