namespace PledgeBot.Conversations.NativeChannels.Messenger;

// Event ids 7300–7399 belong to the Messenger adapter. Codes, kinds, counts and timings only: never the access token,
// message text, PSIDs or the Graph error's message (it can quote what was sent).
internal static partial class MessengerLog
{
    [LoggerMessage(7301, LogLevel.Error,
        "ALERT: Messenger refused the Page access token (code 190): no reply reaches Messenger until Channels:Messenger:PageAccessToken is replaced")]
    public static partial void PageTokenRejected(this ILogger logger);

    [LoggerMessage(7302, LogLevel.Warning, "Messenger refused a message: {Reason} (HTTP {Status}, retried: {Transient}, trace {TraceId})")]
    public static partial void SendRefused(this ILogger logger, string reason, int status, bool transient, string? traceId);

    [LoggerMessage(7303, LogLevel.Information, "Messenger send retry {Attempt} after {Outcome}, in {DelayMs} ms")]
    public static partial void RetryScheduled(this ILogger logger, int attempt, string outcome, long delayMs);

    [LoggerMessage(7304, LogLevel.Warning, "Messenger could not be reached: {Reason}")]
    public static partial void SendUnreachable(this ILogger logger, string reason);

    [LoggerMessage(7305, LogLevel.Information, "Messenger webhook verification {Outcome}")]
    public static partial void Verification(this ILogger logger, string outcome);

    [LoggerMessage(7306, LogLevel.Debug, "Messenger event ignored: {Kind}")]
    public static partial void EventIgnored(this ILogger logger, string kind);

    [LoggerMessage(7307, LogLevel.Debug, "Messenger reply of type {ActivityType} not sent: Messenger has no equivalent")]
    public static partial void ReplySkipped(this ILogger logger, string activityType);
}
