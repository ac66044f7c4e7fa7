namespace PledgeBot.Web;

// Event ids 6500–6519 belong to Web (the pages' shared plumbing). Settings and addresses only.
internal static partial class WebLog
{
    [LoggerMessage(6501, LogLevel.Warning,
        "Campaign:PublicBaseUrl is still the default {Default} while the host listens on {Listening}: invite links, pledge cards and QR codes point at localhost")]
    public static partial void PublicBaseUrlIsDefault(this ILogger logger, string @default, string listening);
}
