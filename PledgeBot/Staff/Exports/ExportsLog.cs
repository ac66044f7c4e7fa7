namespace PledgeBot.Staff.Exports;

// Event ids 6350–6359 belong to Staff exports and the dashboard's data.
internal static partial class ExportsLog
{
    [LoggerMessage(6351, LogLevel.Information, "Staff key {KeyId}: exported {Export}")]
    public static partial void Exported(this ILogger logger, string keyId, string export);

    [LoggerMessage(6352, LogLevel.Information, "Staff key {KeyId}: viewed {View}")]
    public static partial void Viewed(this ILogger logger, string keyId, string view);
}
