namespace PledgeBot.Dialogs.Ports;

/// <summary>One pledge as the campaign counts it: no name, no text, only what staff aggregate.</summary>
public sealed record PledgeRecord(
    UserHash User,
    IReadOnlyList<string> PledgeIds,
    string Province,
    string AgeBand,
    string Channel,
    string? ReferralCode,
    DateTimeOffset At);
