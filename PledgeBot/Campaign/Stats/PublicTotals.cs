namespace PledgeBot.Campaign.Stats;

/// <summary>The body of <c>GET /api/stats</c>: aggregates only, no per-user data and no safety counts. Provinces are
/// keyed by their Vietnamese name; <see cref="UpdatedAt"/> is UTC to the second, written with a <c>Z</c>.</summary>
public sealed record PublicTotals(
    long Pledges,
    IReadOnlyDictionary<string, long> PledgesByProvince,
    long QuizCompletions,
    DateTime UpdatedAt);
