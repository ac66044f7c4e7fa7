namespace PledgeBot.Settings;

// Event ids 8100–8199 belong to Settings.
internal static partial class SettingsLog
{
    [LoggerMessage(8101, LogLevel.Warning,
        "Setting {OldKey} is read for {NewKey}, its new name; rename it")]
    public static partial void OldKeyRead(this ILogger logger, string oldKey, string newKey);

    [LoggerMessage(8102, LogLevel.Warning, "Setting {OldKey} is ignored: {NewKey}, its new name, is set; remove the old one")]
    public static partial void OldKeyIgnored(this ILogger logger, string oldKey, string newKey);
}
