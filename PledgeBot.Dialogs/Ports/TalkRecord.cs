namespace PledgeBot.Dialogs.Ports;

/// <summary>One entry into "talk to someone", counted by day, channel and how it was reached; nothing the user wrote.</summary>
public sealed record TalkRecord(string Channel, TalkEntry Entry, DateTimeOffset At);
