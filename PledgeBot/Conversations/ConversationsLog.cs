using PledgeBot.Dialogs.Activities;

namespace PledgeBot.Conversations;

// Event ids 8000–8099 belong to Conversations.
internal static partial class ConversationsLog
{
    [LoggerMessage(8001, LogLevel.Information, "Turn on {Channel} ({ActivityType}) took {ElapsedMs} ms with {ReplyCount} replies")]
    public static partial void TurnHandled(this ILogger logger, string channel, string activityType, long elapsedMs, int replyCount);

    [LoggerMessage(8002, LogLevel.Information, "Redelivered {ActivityType} on {Channel} was not processed again")]
    public static partial void DuplicateIgnored(this ILogger logger, string channel, string activityType);

    public static string ChannelOf(Activity activity) => activity.ChannelId ?? "none";

    public static string TypeOf(Activity activity) => activity.Type ?? "none";
}
