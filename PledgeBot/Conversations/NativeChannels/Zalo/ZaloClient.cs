using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace PledgeBot.Conversations.NativeChannels.Zalo;

/// <summary>Posts one Zalo OA API v3 consultation message to <c>/v3.0/oa/message/cs</c> with the OA's <c>access_token</c>
/// header. Success is body <c>error == 0</c>, not HTTP 200. A rejected token (-216/-220) is refreshed once and the
/// message sent once more; transient failures are retried by the HttpClient's resilience handler.</summary>
public sealed class ZaloClient(
    IHttpClientFactory httpClients,
    ZaloAccessTokens tokens,
    IOptions<ZaloOptions> options,
    ILogger<ZaloClient> logger)
{
    public const string HttpClientName = "zalo-api";

    private static readonly MediaTypeHeaderValue s_json = new("application/json") { CharSet = "utf-8" };

    /// <exception cref="ChannelSendException">Zalo did not take the message.</exception>
    public async Task SendAsync(string userId, JsonObject message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var body = Encoding.UTF8.GetBytes(new JsonObject
        {
            ["recipient"] = new JsonObject { ["user_id"] = userId },
            ["message"] = message.DeepClone(),
        }.ToJsonString());

        var token = await tokens.GetAsync(cancellationToken);
        var error = await PostAsync(token, body, cancellationToken);
        if (error is -216 or -220)
        {
            logger.AccessTokenRejected(error);
            token = await tokens.RenewAsync(token, cancellationToken);
            error = await PostAsync(token, body, cancellationToken);
        }

        switch (error)
        {
            case 0:
                return;
            case -32 or -216 or -220:
                logger.SendGaveUp(Code(error));
                throw new ChannelSendException(ZaloActivities.ChannelId, Code(error), permanent: false);
            case -211 or -218:
                logger.QuotaExhausted(error);
                throw new ChannelSendException(ZaloActivities.ChannelId, Code(error), permanent: true);
            default:
                logger.SendRefused(error);
                throw new ChannelSendException(ZaloActivities.ChannelId, Code(error), permanent: true);
        }
    }

    private static string Code(int error) => error.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task<int> PostAsync(string token, byte[] body, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = s_json;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(options.Value.ApiBaseUrl.TrimEnd('/') + "/v3.0/oa/message/cs"))
        {
            Content = content,
        };
        request.Headers.TryAddWithoutValidation("access_token", token);
        try
        {
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw GaveUp($"http-{(int)response.StatusCode}");
            }

            return await ZaloResilience.ErrorAsync(response, cancellationToken) ?? throw GaveUp("unreadable-answer");
        }
        catch (HttpRequestException exception)
        {
            throw GaveUp("unreachable", exception);
        }
        catch (TimeoutRejectedException exception)
        {
            throw GaveUp("timeout", exception);
        }
    }

    private ChannelSendException GaveUp(string reason, Exception? inner = null)
    {
        logger.SendGaveUp(reason);
        return new ChannelSendException(ZaloActivities.ChannelId, reason, permanent: false, inner);
    }
}
