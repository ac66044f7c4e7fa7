namespace PledgeBot.Staff;

// Event ids 6300–6349 belong to Staff. Key ids only (a prefix of a key's hash); never a key or a client's address.
internal static partial class StaffLog
{
    [LoggerMessage(6303, LogLevel.Information, "{Count} staff API key hashes configured")]
    public static partial void StaffKeysConfigured(this ILogger logger, int count);

    [LoggerMessage(6304, LogLevel.Warning, "Staff request with a wrong key refused")]
    public static partial void StaffKeyRefused(this ILogger logger);

    [LoggerMessage(6305, LogLevel.Warning, "Staff requests from one client address held: too many wrong keys")]
    public static partial void StaffAttemptsLimited(this ILogger logger);

    [LoggerMessage(6306, LogLevel.Information, "Staff key {KeyId}: {Action} referral code {Code}")]
    public static partial void StaffChange(this ILogger logger, string keyId, string action, string code);
}
