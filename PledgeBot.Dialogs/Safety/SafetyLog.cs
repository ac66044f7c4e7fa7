using Microsoft.Extensions.Logging;

namespace PledgeBot.Dialogs.Safety;

// Event ids 2100–2149 belong to Safety. Channels, risk levels and category names only: never what the user wrote.
internal static partial class SafetyLog
{
    [LoggerMessage(2101, LogLevel.Information, "Safety check on {Channel} found {Risk} risk ({Categories}); help offered")]
    public static partial void HelpOffered(this ILogger logger, string channel, string risk, string categories);

    [LoggerMessage(2102, LogLevel.Information, "Safety check on {Channel} found concern ({Categories}); checked in")]
    public static partial void CheckedIn(this ILogger logger, string channel, string categories);

    [LoggerMessage(2103, LogLevel.Debug, "Safety check on {Channel} took {ElapsedMs} ms")]
    public static partial void Analyzed(this ILogger logger, string channel, long elapsedMs);
}
