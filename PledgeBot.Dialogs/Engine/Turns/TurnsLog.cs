using Microsoft.Extensions.Logging;

namespace PledgeBot.Dialogs.Engine.Turns;

// Event ids 2000–2099 belong to Turns.
internal static partial class TurnsLog
{
    [LoggerMessage(2001, LogLevel.Debug, "Activity on {Channel} was already processed; skipped")]
    public static partial void DuplicateSkipped(this ILogger logger, string channel);

    [LoggerMessage(2002, LogLevel.Information, "Conversation state changed underneath attempt {Attempt}; turn re-run")]
    public static partial void StaleStateRetried(this ILogger logger, int attempt);

    [LoggerMessage(2003, LogLevel.Warning, "Stored conversation state could not be read; conversation restarted")]
    public static partial void UnreadableStateReset(this ILogger logger);

    [LoggerMessage(2004, LogLevel.Error, "Turn failed on {Channel} ({ActivityType})")]
    public static partial void TurnFailed(this ILogger logger, Exception exception, string channel, string activityType);

    [LoggerMessage(2006, LogLevel.Warning, "A count after the turn on {Channel} failed ({Reason}); the reply stands")]
    public static partial void AfterSaveFailed(this ILogger logger, string reason, string channel);

    [LoggerMessage(2005, LogLevel.Information, "Flood control held back a message on {Channel}")]
    public static partial void FloodHeld(this ILogger logger, string channel);
}
