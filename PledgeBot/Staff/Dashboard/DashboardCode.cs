namespace PledgeBot.Staff.Dashboard;

/// <summary>A referral code among those that reached the most people, with its conversion (pledges per person
/// reached). The owner is a staff code's name; peer codes have none (see <c>ReferralExportRow</c>).</summary>
public sealed record DashboardCode(string Code, string Kind, string Owner, long Reach, long Pledges, double Conversion);
