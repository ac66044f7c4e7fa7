namespace PledgeBot.Campaign.Live;

/// <summary>One event of <c>/api/stats/stream</c>: the pledge total and the provinces with the most pledges (by
/// their Vietnamese names). Aggregates only, like <c>/api/stats</c>.</summary>
public sealed record LiveTotals(long Pledges, IReadOnlyList<LiveProvince> TopProvinces);
