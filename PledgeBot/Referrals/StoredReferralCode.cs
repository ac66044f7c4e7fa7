namespace PledgeBot.Referrals;

/// <summary>A code's hash as read: its definition and every count field (<c>reach</c>, <c>reach:2026-11-23</c>, …).</summary>
public sealed record StoredReferralCode(
    string Code, string Kind, string? Name, string? Created, bool Active, IReadOnlyDictionary<string, long> Counts, string? Note = null)
{
    public long Count(string field) => Counts.GetValueOrDefault(field);
}
