using PledgeBot.Dialogs.Activities;

namespace PledgeBot.Conversations;

/// <summary>Turns and proactive sends: the channel, counts and outcomes; never a user id, a conversation id or text.
/// Event ids 6001–6099 (proactive sends) and 8000–8099 (turns) belong to Conversations.</summary>
internal static partial class ConversationsLog
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Debug, Message = "Sent {Count} proactive message(s) on {Channel}")]
    public static partial void ProactiveDelivered(this ILogger logger, string channel, int count);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Warning,
        Message = "A proactive send on {Channel} failed; {Held} message(s) held back (Connector status {Status})")]
    public static partial void ProactiveFailed(this ILogger logger, Exception exception, string channel, int held, int? status);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Warning, Message = "A proactive send on {Channel} has no path ({Reason})")]
    public static partial void ProactiveUnreachable(this ILogger logger, string channel, string reason);

    [LoggerMessage(8001, LogLevel.Information, "Turn on {Channel} ({ActivityType}) took {ElapsedMs} ms with {ReplyCount} replies")]
    public static partial void TurnHandled(this ILogger logger, string channel, string activityType, long elapsedMs, int replyCount);

    [LoggerMessage(8002, LogLevel.Information, "Redelivered {ActivityType} on {Channel} was not processed again")]
    public static partial void DuplicateIgnored(this ILogger logger, string channel, string activityType);

    public static string ChannelOf(Activity activity) => activity.ChannelId ?? "none";

    public static string TypeOf(Activity activity) => activity.Type ?? "none";
}
