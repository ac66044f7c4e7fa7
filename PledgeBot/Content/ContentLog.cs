namespace PledgeBot.Content;

// Event ids 4000–4099 belong to Content.
internal static partial class ContentLog
{
    [LoggerMessage(4001, LogLevel.Information, "Content loaded: {Files} files, {Overrides} from {Directory}")]
    public static partial void ContentLoaded(this ILogger logger, int files, int overrides, string directory);

    [LoggerMessage(4002, LogLevel.Error, "Content in {Directory} rejected, the last good content stays in use: {Problems}")]
    public static partial void ContentRejected(this ILogger logger, string directory, string problems);

    [LoggerMessage(4003, LogLevel.Warning, "Content directory {Directory} could not be read: {Reason}")]
    public static partial void ContentUnreadable(this ILogger logger, string directory, string reason);
}
