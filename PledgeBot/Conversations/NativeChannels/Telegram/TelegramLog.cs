namespace PledgeBot.Conversations.NativeChannels.Telegram;

// Event ids 7200–7299 belong to the Telegram channel. Methods, error codes, counts and timings only: never message
// text, names, chat ids or user ids.
internal static partial class TelegramLog
{
    [LoggerMessage(7201, LogLevel.Debug, "Telegram update ignored: {Kind}")]
    public static partial void UpdateIgnored(this ILogger logger, string kind);

    [LoggerMessage(7202, LogLevel.Information, "Telegram button tapped after its value was forgotten; the user was asked to type instead")]
    public static partial void CallbackExpired(this ILogger logger);

    [LoggerMessage(7203, LogLevel.Warning, "Telegram {Method} retried (attempt {Attempt}) in {DelayMs} ms after {Outcome}")]
    public static partial void RetryScheduled(this ILogger logger, string method, int attempt, long delayMs, string outcome);

    [LoggerMessage(7204, LogLevel.Warning, "Telegram {Method} failed: {Reason} (permanent: {Permanent})")]
    public static partial void SendFailed(this ILogger logger, string method, string reason, bool permanent);

    [LoggerMessage(7205, LogLevel.Information, "Telegram answerCallbackQuery failed: {Reason}")]
    public static partial void CallbackAnswerFailed(this ILogger logger, string reason);

    [LoggerMessage(7206, LogLevel.Warning, "Telegram callback answers dropped: the queue is full")]
    public static partial void CallbackAnswersFull(this ILogger logger);

    [LoggerMessage(7207, LogLevel.Information, "Telegram webhook registered at {Route} for {AllowedUpdates}")]
    public static partial void WebhookRegistered(this ILogger logger, string route, string allowedUpdates);

    [LoggerMessage(7208, LogLevel.Warning, "Telegram setWebhook failed ({Reason}); trying again in {DelayMs} ms")]
    public static partial void WebhookRegistrationFailed(this ILogger logger, string reason, long delayMs);

    [LoggerMessage(7209, LogLevel.Information, "Telegram channel on: webhook at {Route}, setWebhook at start: {RegistersWebhook}")]
    public static partial void ChannelOn(this ILogger logger, string route, bool registersWebhook);
}
