namespace PledgeBot.Staff.Dashboard;

/// <summary>Pledges for one province or channel: its id as counted, a label for people, and the count.</summary>
public sealed record DashboardCount(string Id, string Label, long Pledges);
