namespace PledgeBot.Conversations.Messages;

// Event ids 1000–1099 belong to Messages. Channels, types, counts and timings only: never text or raw user ids.
internal static partial class MessagesLog
{
    [LoggerMessage(1002, LogLevel.Information, "Redelivered {ActivityType} on {Channel} was not processed again")]
    public static partial void DuplicateIgnored(this ILogger logger, string channel, string activityType);

    [LoggerMessage(1003, LogLevel.Information, "Activity rejected with {StatusCode}: {Reason}")]
    public static partial void ActivityRejected(this ILogger logger, int statusCode, string reason);

    [LoggerMessage(1004, LogLevel.Debug, "Delivered {ReplyCount} replies on {Channel} in {ElapsedMs} ms")]
    public static partial void RepliesDelivered(this ILogger logger, string channel, int replyCount, long elapsedMs);

    [LoggerMessage(1005, LogLevel.Error,
        "{Undelivered} of {ReplyCount} replies on {Channel} were lost: the Connector failed ({StatusCode}) after its retries")]
    public static partial void RepliesUndelivered(
        this ILogger logger, Exception exception, string channel, int undelivered, int replyCount, int? statusCode);

    [LoggerMessage(1006, LogLevel.Warning, "Activity on {Channel} refused with 503: {Pending} turns already queued")]
    public static partial void QueueFull(this ILogger logger, string channel, int pending);

    [LoggerMessage(1007, LogLevel.Error, "A queued turn on {Channel} ({ActivityType}) failed with {ExceptionType}; its replies were not sent")]
    public static partial void QueuedTurnFailed(this ILogger logger, string channel, string activityType, string exceptionType);

    [LoggerMessage(1008, LogLevel.Warning,
        "{ReplyCount} replies of an invoke on {Channel} were sent before answering: {Pending} turns already queued")]
    public static partial void RepliesSentInline(this ILogger logger, string channel, int replyCount, int pending);
}
