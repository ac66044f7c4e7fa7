namespace PledgeBot.Dialogs.Ports;

/// <summary>One pledge as the campaign counts it: no name, no text, only what staff aggregate. <see cref="Province"/>
/// is a province id from the content; <see cref="AgeBand"/> one of <see cref="AgeBands"/>.</summary>
public sealed record PledgeRecord(
    UserHash User,
    IReadOnlyList<string> PledgeIds,
    string Province,
    string AgeBand,
    string Channel,
    string? ReferralCode,
    string? InviteCode,
    DateTimeOffset At);
