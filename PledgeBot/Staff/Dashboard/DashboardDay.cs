namespace PledgeBot.Staff.Dashboard;

/// <summary>One Viet Nam day of the dashboard's range; days without any count are listed with zeros.</summary>
public sealed record DashboardDay(string Date, long Pledges, long QuizCompletions, long TalkRequests, long RiskInterrupts);
