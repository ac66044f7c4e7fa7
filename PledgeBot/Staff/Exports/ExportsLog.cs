namespace PledgeBot.Staff.Exports;

// Event ids 6350–6359 belong to Staff exports.
internal static partial class ExportsLog
{
    [LoggerMessage(6351, LogLevel.Information, "Staff key {KeyId}: exported {Export}")]
    public static partial void Exported(this ILogger logger, string keyId, string export);
}
