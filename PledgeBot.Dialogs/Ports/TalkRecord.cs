namespace PledgeBot.Dialogs.Ports;

/// <summary>One entry into "talk to someone", counted by day, channel and how it was reached, with the category of
/// danger for the safety check's own offers; nothing the user wrote.</summary>
public sealed record TalkRecord(string Channel, TalkEntry Entry, DateTimeOffset At, string? Category = null);
