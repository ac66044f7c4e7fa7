namespace PledgeBot.Conversations;

/// <summary>Proactive sends: the channel, counts and outcomes; never a user id, a conversation id or text.</summary>
internal static partial class ConversationsLog
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Debug, Message = "Sent {Count} proactive message(s) on {Channel}")]
    public static partial void ProactiveDelivered(this ILogger logger, string channel, int count);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Warning,
        Message = "A proactive send on {Channel} failed; {Held} message(s) held back (Connector status {Status})")]
    public static partial void ProactiveFailed(this ILogger logger, Exception exception, string channel, int held, int? status);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Warning, Message = "A proactive send on {Channel} has no path ({Reason})")]
    public static partial void ProactiveUnreachable(this ILogger logger, string channel, string reason);
}
