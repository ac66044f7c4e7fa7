namespace PledgeBot.Staff.Dashboard;

/// <summary>The body of <c>GET /admin/dashboard.json</c>: aggregates over Viet Nam days <see cref="From"/> to
/// <see cref="To"/>, read with the export queries; the referral codes are their all-time counts, as in the referrals
/// export, except the referral codes: their reach and pledges are summed over the range from each code's per-day
/// counters. No per-user data.</summary>
public sealed record DashboardData(
    string From,
    string To,
    long Pledges,
    long QuizCompletions,
    long TalkRequests,
    long RiskInterrupts,
    IReadOnlyList<DashboardDay> Days,
    IReadOnlyList<DashboardCount> Provinces,
    IReadOnlyList<DashboardCount> Channels,
    IReadOnlyList<long> QuizScores,
    IReadOnlyList<DashboardCount> RiskByCategory,
    IReadOnlyList<DashboardCode> TopCodes);
