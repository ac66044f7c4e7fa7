namespace PledgeBot.Counsel;

/// <summary>One line of the counsel export: counts only, for one Viet Nam day and channel. Waits are in whole seconds
/// from request to claim, over the chats handled that day (null when none were).</summary>
public sealed record CounselMixRow(
    string Date, string Channel, long Requests, long Handled, long? WaitMedianSeconds, long? WaitP90Seconds,
    long FallbackOutOfHours, long FallbackTimeout);
