using Microsoft.Extensions.Logging;

namespace PledgeBot.Safety;

// Event ids 5000–5099 belong to Safety. Status codes, error codes, kinds, category names and timings only: never the
// text analysed.
internal static partial class SafetyHostLog
{
    [LoggerMessage(5001, LogLevel.Warning, "{Service} failed ({Reason}) after {ElapsedMs} ms; the local analyzer answered for it")]
    public static partial void FellBack(this ILogger logger, string service, string reason, long elapsedMs);

    [LoggerMessage(5002, LogLevel.Debug, "{Service} is resting after failures; the local analyzer answered for it")]
    public static partial void BreakerOpen(this ILogger logger, string service);

    [LoggerMessage(5003, LogLevel.Information, "Azure AI Language {Kind} could not read the document ({Code})")]
    public static partial void DocumentFailed(this ILogger logger, string kind, string code);

    [LoggerMessage(5004, LogLevel.Information, "Safety analysis uses {Analyzer}")]
    public static partial void AnalyzerChosen(this ILogger logger, string analyzer);

    [LoggerMessage(5005, LogLevel.Debug, "{Service} answered in {ElapsedMs} ms")]
    public static partial void ServiceAnswered(this ILogger logger, string service, long elapsedMs);

    [LoggerMessage(5006, LogLevel.Information, "Azure AI Content Safety raised the risk from {From} to {To} ({Categories})")]
    public static partial void ContentSafetyRaised(this ILogger logger, string from, string to, string categories);
}
