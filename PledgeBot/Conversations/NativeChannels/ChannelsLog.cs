namespace PledgeBot.Conversations.NativeChannels;

// Event ids 7000–7099 belong to the channel core; 7100s Zalo, 7200s Telegram, 7300s Messenger. Channels, reasons,
// counts and timings only: never message text, names or platform user ids.
internal static partial class ChannelsLog
{
    [LoggerMessage(7001, LogLevel.Warning, "Shutdown abandoned {Pending} queued channel turns")]
    public static partial void QueueAbandoned(this ILogger logger, int pending);

    [LoggerMessage(7002, LogLevel.Error, "A queued channel item failed with {ExceptionType}")]
    public static partial void QueuedWorkFailed(this ILogger logger, string exceptionType);

    [LoggerMessage(7003, LogLevel.Warning, "Webhook on {Channel} refused with 503: {Pending} turns already queued")]
    public static partial void QueueFull(this ILogger logger, string channel, int pending);

    [LoggerMessage(7004, LogLevel.Information, "Redelivery on {Channel} dropped before queueing")]
    public static partial void RedeliveryDropped(this ILogger logger, string channel);

    [LoggerMessage(7006, LogLevel.Warning,
        "{Undelivered} of {ReplyCount} replies on {Channel} were not delivered: {Reason} (permanent: {Permanent})")]
    public static partial void RepliesUndelivered(
        this ILogger logger, string channel, int undelivered, int replyCount, string reason, bool permanent);

    [LoggerMessage(7007, LogLevel.Error, "A turn on {Channel} failed with {ExceptionType}; its replies were not sent")]
    public static partial void TurnFailed(this ILogger logger, string channel, string exceptionType);

    [LoggerMessage(7008, LogLevel.Warning, "Webhook on {Channel} refused with {StatusCode}: {Reason}")]
    public static partial void WebhookRefused(this ILogger logger, string channel, int statusCode, string reason);

}
