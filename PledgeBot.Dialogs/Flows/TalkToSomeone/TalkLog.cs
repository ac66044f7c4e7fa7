using Microsoft.Extensions.Logging;

namespace PledgeBot.Dialogs.Flows.TalkToSomeone;

// Event ids 2100–2199 belong to TalkToSomeone.
internal static partial class TalkLog
{
    [LoggerMessage(2101, LogLevel.Warning, "A talk-to-someone entry could not be counted ({Reason}); help was given anyway")]
    public static partial void TalkNotCounted(this ILogger logger, string reason);
}
