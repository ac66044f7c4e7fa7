namespace PledgeBot.Auth;

// Event ids 1200–1299 belong to Auth.
internal static partial class AuthLog
{
    [LoggerMessage(1201, LogLevel.Warning,
        "Refused an unauthenticated activity: no MicrosoftAppId is configured and its serviceUrl host {ServiceUrlHost} is not loopback")]
    public static partial void AnonymousRefused(this ILogger logger, string serviceUrlHost);

    [LoggerMessage(1202, LogLevel.Warning, "Refused an activity on {Channel}: no bearer token")]
    public static partial void TokenMissing(this ILogger logger, string channel);

    [LoggerMessage(1203, LogLevel.Warning,
        "Refused an activity carrying an Authorization header: no MicrosoftAppId is configured to validate it")]
    public static partial void TokenWithoutAppId(this ILogger logger);

    [LoggerMessage(1204, LogLevel.Warning, "Refused an activity on {Channel}: {Reason}")]
    public static partial void TokenRefused(this ILogger logger, string channel, string reason);

    [LoggerMessage(1205, LogLevel.Information, "Connector token acquired through {Source}, valid until {ExpiresOn}")]
    public static partial void ConnectorTokenAcquired(this ILogger logger, string source, DateTimeOffset expiresOn);

    [LoggerMessage(1206, LogLevel.Warning, "The Connector answered {StatusCode}; renewing the bot's token once")]
    public static partial void ConnectorTokenRenewing(this ILogger logger, int statusCode);
}
