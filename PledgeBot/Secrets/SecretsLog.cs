namespace PledgeBot.Secrets;

// Event ids 6400–6419 belong to Secrets. Names, settings and sources only: never a key, a hash of one or a key's text.
internal static partial class SecretsLog
{
    [LoggerMessage(6401, LogLevel.Information, "The {Key} key ({Setting}) comes from {Source}")]
    public static partial void KeyResolved(this ILogger logger, string key, string setting, GeneratedKeySource source);

    [LoggerMessage(6402, LogLevel.Warning,
        "Created the {Key} key in the store, shared by every instance on it; for production set {Setting} (Key Vault or app settings)")]
    public static partial void KeyCreated(this ILogger logger, string key, string setting);

    [LoggerMessage(6403, LogLevel.Warning, "The {Key} key file {Path} differs from the key in the store; the store's is used")]
    public static partial void LegacyFileIgnored(this ILogger logger, string key, string path);

    [LoggerMessage(6404, LogLevel.Warning, "Reading the {Key} key from the store failed ({ExceptionType}, attempt {Attempt}); trying again")]
    public static partial void KeyStoreRetried(this ILogger logger, string key, string exceptionType, int attempt);
}
