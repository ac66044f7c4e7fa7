namespace PledgeBot.Dialogs.Ports;

/// <summary>One message from the young person for the counsellor, with the risk the analysis gave it.</summary>
public sealed record CounselMessage(string Text, RiskLevel Risk, IReadOnlyList<string> Categories, DateTimeOffset At);
