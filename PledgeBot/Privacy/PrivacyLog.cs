namespace PledgeBot.Privacy;

// Event ids 3080–3099 belong to Privacy (the rest of 3000–3099 to Store). Never log a key, only where it lives.
internal static partial class PrivacyLog
{
    [LoggerMessage(3080, LogLevel.Information,
        "Generated a user-id key in {Path}; instances sharing one Redis need the same key in Privacy:UserIdKey")]
    public static partial void UserIdKeyGenerated(this ILogger logger, string path);

    [LoggerMessage(3081, LogLevel.Information, "Using the user-id key in {Path}")]
    public static partial void UserIdKeyLoaded(this ILogger logger, string path);

    [LoggerMessage(3082, LogLevel.Debug, "Using the user-id key from Privacy:UserIdKey")]
    public static partial void UserIdKeyConfigured(this ILogger logger);
}
