using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Options;
using PledgeBot.Conversations.NativeChannels.Messenger.Wire;
using Polly.Timeout;

namespace PledgeBot.Conversations.NativeChannels.Messenger;

/// <summary>The Send API (<c>POST {ApiBaseUrl}/{GraphVersion}/me/messages?access_token=…</c>, Messenger Platform). Retries
/// come from the HttpClient's resilience handler (<see cref="MessengerResilience"/>); the HttpClient logs nothing,
/// since the URL carries the Page token.</summary>
public sealed class MessengerClient(HttpClient http, IOptions<MessengerOptions> options, ILogger<MessengerClient> logger)
{
    private static readonly MediaTypeHeaderValue s_json = new("application/json") { CharSet = "utf-8" };

    /// <summary>Sends one message to <paramref name="psid"/> as a reply inside the 24-hour window.</summary>
    /// <exception cref="ChannelSendException">Messenger refused it, or did not answer within the retries.</exception>
    public async Task SendAsync(string psid, JsonElement message, CancellationToken cancellationToken)
    {
        var request = new MessengerSendRequest(new MessengerRecipient(psid), "RESPONSE", message);
        using var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(request, MessengerJsonContext.Default.MessengerSendRequest));
        content.Headers.ContentType = s_json;

        HttpResponseMessage response;
        try
        {
            response = await http.PostAsync(SendUri(), content, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            logger.SendUnreachable(exception.HttpRequestError.ToString());
            throw new ChannelSendException(MessengerEvents.ChannelId, "unreachable", permanent: false, exception);
        }
        catch (TimeoutRejectedException exception)
        {
            logger.SendUnreachable("timeout");
            throw new ChannelSendException(MessengerEvents.ChannelId, "timeout", permanent: false, exception);
        }

        using (response)
        {
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            var failure = await MessengerFailure.ReadAsync(response, cancellationToken);
            if (failure.Code == MessengerFailure.BadToken)
            {
                logger.PageTokenRejected();
            }

            logger.SendRefused(failure.Reason, failure.Status, failure.Transient, failure.TraceId);
            throw new ChannelSendException(MessengerEvents.ChannelId, failure.Reason, permanent: !failure.Transient);
        }
    }

    private Uri SendUri()
    {
        var settings = options.Value;
        var root = settings.ApiBaseUrl.ToString().TrimEnd('/');
        return new Uri($"{root}/{settings.GraphVersion}/me/messages?access_token={Uri.EscapeDataString(settings.PageAccessToken ?? string.Empty)}");
    }
}
