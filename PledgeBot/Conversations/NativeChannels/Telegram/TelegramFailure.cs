using System.Globalization;
using Polly.Timeout;
using Telegram.Bot.Exceptions;

namespace PledgeBot.Conversations.NativeChannels.Telegram;

/// <summary>Turns what the Bot API call threw, after the resilience handler's retries, into a
/// <see cref="ChannelSendException"/>: 429 and 5xx, timeouts and lost connections are transient; any other Bot API
/// error (400 bad request, 401 bad token, 403 blocked by the user, 404) is permanent for this reply.</summary>
internal static class TelegramFailure
{
    public const string Channel = "telegram";

    /// <summary>The exception for <paramref name="exception"/>, or null when it is not a send failure.</summary>
    public static ChannelSendException? From(Exception exception) => exception switch
    {
        ApiRequestException api => new ChannelSendException(Channel, Code(api.ErrorCode), permanent: !IsTransient(api.ErrorCode), api),
        RequestException { HttpStatusCode: { } status } request => new ChannelSendException(Channel, Code((int)status), permanent: !IsTransient((int)status), request),
        RequestException request => new ChannelSendException(Channel, Cause(request.InnerException), permanent: false, request),
        HttpRequestException or TimeoutRejectedException => new ChannelSendException(Channel, Cause(exception), permanent: false, exception),
        _ => null,
    };

    private static bool IsTransient(int code) => code is 429 or >= 500;

    private static string Code(int code) => code.ToString(CultureInfo.InvariantCulture);

    private static string Cause(Exception? exception) => exception switch
    {
        TimeoutRejectedException or TimeoutException or TaskCanceledException => "timeout",
        HttpRequestException => "network",
        null => "unknown",
        _ => exception.GetType().Name,
    };
}
