namespace PledgeBot.Staff.Funnel;

/// <summary>A day, a referral kind (<c>none</c> without a code) or a code, with its count per step (in step order).
/// <see cref="Kind"/> is the code's kind on code rows, else null.</summary>
public sealed record FunnelRow(string Key, string? Kind, IReadOnlyList<long> Counts);
