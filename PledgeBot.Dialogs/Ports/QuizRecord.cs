namespace PledgeBot.Dialogs.Ports;

/// <summary>One finished quiz: its score out of the questions asked.</summary>
public sealed record QuizRecord(
    UserHash User,
    int Score,
    int Questions,
    string Channel,
    string? ReferralCode,
    DateTimeOffset At);
