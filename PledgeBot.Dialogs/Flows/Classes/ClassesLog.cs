using Microsoft.Extensions.Logging;

namespace PledgeBot.Dialogs.Flows.Classes;

// Event ids 2400–2449 belong to Classes in the dialogs. Class codes and outcomes only: never a user id or nickname.
internal static partial class ClassesLog
{
    [LoggerMessage(2401, LogLevel.Information, "Join of class {Code} on {Channel}: {Kind}")]
    public static partial void ClassJoinAttempted(this ILogger logger, string code, string channel, string kind);

    [LoggerMessage(2402, LogLevel.Debug, "Answer in class {Code} on {Channel}: {Outcome}")]
    public static partial void ClassAnswered(this ILogger logger, string code, string channel, string outcome);

    [LoggerMessage(2403, LogLevel.Information, "A student left class {Code} on {Channel}")]
    public static partial void ClassLeft(this ILogger logger, string code, string channel);
}
