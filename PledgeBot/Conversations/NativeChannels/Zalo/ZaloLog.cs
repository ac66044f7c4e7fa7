namespace PledgeBot.Conversations.NativeChannels.Zalo;

// Event ids 7100–7199 belong to the Zalo adapter. Reasons, error codes, counts and timings only: never message text,
// user ids, tokens or the fields of user_submit_info.
internal static partial class ZaloLog
{
    [LoggerMessage(7101, LogLevel.Information, "Zalo event {EventName} ignored")]
    public static partial void EventIgnored(this ILogger logger, string eventName);

    [LoggerMessage(7102, LogLevel.Information, "Zalo user_submit_info dropped unread (the bot never asks for it)")]
    public static partial void SubmitInfoDropped(this ILogger logger);

    [LoggerMessage(7103, LogLevel.Warning, "Zalo refused a message with error {ErrorCode}; not retried")]
    public static partial void SendRefused(this ILogger logger, int errorCode);

    [LoggerMessage(7104, LogLevel.Error,
        "Zalo refused a message with error {ErrorCode}: the OA's message quota is used up. Staff: check the OA's API package")]
    public static partial void QuotaExhausted(this ILogger logger, int errorCode);

    [LoggerMessage(7105, LogLevel.Warning, "Zalo send failed after retries: {Reason}")]
    public static partial void SendGaveUp(this ILogger logger, string reason);

    [LoggerMessage(7106, LogLevel.Information, "Zalo send retry {Attempt} after {Reason}, in {DelayMs} ms")]
    public static partial void RetryScheduled(this ILogger logger, string reason, int attempt, long delayMs);

    [LoggerMessage(7107, LogLevel.Information, "Zalo access token refreshed; it expires in {ExpiresInSeconds} s")]
    public static partial void TokenRefreshed(this ILogger logger, long expiresInSeconds);

    [LoggerMessage(7108, LogLevel.Critical,
        "Zalo refused the OA's refresh token ({ErrorCode} {ErrorName}): the OA must be re-authorised by hand and the new " +
        "refresh token set in Channels:Zalo:RefreshToken. Zalo replies stop when the access token expires")]
    public static partial void RefreshTokenLost(this ILogger logger, int errorCode, string errorName);

    [LoggerMessage(7109, LogLevel.Warning, "Zalo token refresh failed: {Reason}; will try again")]
    public static partial void RefreshFailed(this ILogger logger, string reason);

    [LoggerMessage(7110, LogLevel.Information, "Zalo access token was refreshed by another instance")]
    public static partial void RefreshedElsewhere(this ILogger logger);

    [LoggerMessage(7111, LogLevel.Warning, "Zalo rejected the access token with {ErrorCode}; refreshing once")]
    public static partial void AccessTokenRejected(this ILogger logger, int errorCode);

    [LoggerMessage(7112, LogLevel.Warning, "Zalo background token refresh failed with {ExceptionType}")]
    public static partial void BackgroundRefreshFailed(this ILogger logger, string exceptionType);

    [LoggerMessage(7113, LogLevel.Information, "Zalo reply had {Count} card buttons over the limit; listed in the text")]
    public static partial void CardButtonsListed(this ILogger logger, int count);
}
