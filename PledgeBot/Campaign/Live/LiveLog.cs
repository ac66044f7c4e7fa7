namespace PledgeBot.Campaign.Live;

// Event ids 3200–3219 belong to Live. Counts only; a screen's address is never logged.
internal static partial class LiveLog
{
    [LoggerMessage(3201, LogLevel.Warning, "Live stream refused: {Max} streams are open on this instance")]
    public static partial void LiveStreamsFull(this ILogger logger, int max);

    [LoggerMessage(3202, LogLevel.Error, "The live totals poller failed; it tries again at the next tick")]
    public static partial void LivePollFailed(this ILogger logger, Exception exception);

    [LoggerMessage(3203, LogLevel.Debug, "Live totals changed to {Pledges}; sent to {Subscribers} streams")]
    public static partial void LiveTotalsPublished(this ILogger logger, long pledges, int subscribers);
}
