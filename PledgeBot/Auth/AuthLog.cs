namespace PledgeBot.Auth;

// Event ids 1200–1299 belong to Auth.
internal static partial class AuthLog
{
    [LoggerMessage(1201, LogLevel.Warning,
        "Refused an unauthenticated activity: no MicrosoftAppId is configured and its serviceUrl host {ServiceUrlHost} is not loopback")]
    public static partial void AnonymousRefused(this ILogger logger, string serviceUrlHost);

    [LoggerMessage(1202, LogLevel.Warning,
        "Refused an activity: MicrosoftAppId is set but JWT validation is not configured yet, so no request can be authenticated")]
    public static partial void JwtValidationNotConfigured(this ILogger logger);

    [LoggerMessage(1203, LogLevel.Warning,
        "Refused an activity carrying an Authorization header: no MicrosoftAppId is configured to validate it")]
    public static partial void TokenWithoutAppId(this ILogger logger);
}
