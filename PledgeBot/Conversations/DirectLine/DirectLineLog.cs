namespace PledgeBot.Conversations.DirectLine;

// Event ids 1300–1399 belong to DirectLine. Channels, counts and reasons only: never tokens, text or user ids.
internal static partial class DirectLineLog
{
    [LoggerMessage(1301, LogLevel.Information, "Direct Line conversation started on {Channel}")]
    public static partial void ConversationStarted(this ILogger logger, string channel);

    [LoggerMessage(1302, LogLevel.Information, "Direct Line request refused with {StatusCode}: {Reason}")]
    public static partial void Refused(this ILogger logger, int statusCode, string reason);

    [LoggerMessage(1304, LogLevel.Debug, "Direct Line stream opened")]
    public static partial void StreamOpened(this ILogger logger);

    [LoggerMessage(1305, LogLevel.Debug, "Direct Line stream closed: {Reason}")]
    public static partial void StreamClosed(this ILogger logger, string reason);

    [LoggerMessage(1306, LogLevel.Information, "A page's user token was refused ({Reason}); the browser starts as a new user")]
    public static partial void UserTokenRefused(this ILogger logger, string reason);
}
