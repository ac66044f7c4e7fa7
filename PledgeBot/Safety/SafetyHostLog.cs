using Microsoft.Extensions.Logging;

namespace PledgeBot.Safety;

// Event ids 5000–5099 belong to Safety. Status codes, error codes, kinds and timings only: never the text analysed.
internal static partial class SafetyHostLog
{
    [LoggerMessage(5001, LogLevel.Warning, "Azure AI Language failed ({Reason}); the local analyzer answered")]
    public static partial void FellBack(this ILogger logger, string reason);

    [LoggerMessage(5002, LogLevel.Debug, "Azure AI Language is resting after failures; the local analyzer answered")]
    public static partial void BreakerOpen(this ILogger logger);

    [LoggerMessage(5003, LogLevel.Information, "Azure AI Language {Kind} could not read the document ({Code})")]
    public static partial void DocumentFailed(this ILogger logger, string kind, string code);

    [LoggerMessage(5004, LogLevel.Information, "Safety analysis uses {Analyzer}")]
    public static partial void AnalyzerChosen(this ILogger logger, string analyzer);
}
