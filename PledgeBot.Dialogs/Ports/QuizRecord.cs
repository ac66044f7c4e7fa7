namespace PledgeBot.Dialogs.Ports;

/// <summary>One finished quiz: its score out of the questions asked (5), counted per day, channel and referral code.</summary>
public sealed record QuizRecord(
    UserHash User,
    int Score,
    int Questions,
    string Channel,
    string? ReferralCode,
    DateTimeOffset At);
