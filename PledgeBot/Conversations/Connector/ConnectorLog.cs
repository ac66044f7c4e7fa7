namespace PledgeBot.Conversations.Connector;

// Event ids 1100–1199 belong to Connector. Hosts only: a Connector URL carries conversation ids.
internal static partial class ConnectorLog
{
    [LoggerMessage(1101, LogLevel.Warning, "Connector call failed with {Outcome}; retry {Attempt} in {DelayMs} ms")]
    public static partial void RetryScheduled(this ILogger logger, string outcome, int attempt, long delayMs);

    [LoggerMessage(1102, LogLevel.Warning, "Connector at {ServiceUrlHost} answered {StatusCode}")]
    public static partial void ConnectorRefused(this ILogger logger, string serviceUrlHost, int statusCode);

    // The exception itself is logged once, by whoever gives up on the reply.
    [LoggerMessage(1103, LogLevel.Warning, "Connector at {ServiceUrlHost} could not be reached ({Error})")]
    public static partial void ConnectorUnreachable(this ILogger logger, string serviceUrlHost, string error);

    [LoggerMessage(1104, LogLevel.Warning, "Connector at {ServiceUrlHost} did not answer in time")]
    public static partial void ConnectorTimedOut(this ILogger logger, string serviceUrlHost);

    [LoggerMessage(1105, LogLevel.Warning, "Refused to call {ServiceUrlHost}: no validated activity came from that serviceUrl")]
    public static partial void UntrustedServiceUrl(this ILogger logger, string serviceUrlHost);
}
