using System.Text.Json;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace PledgeBot.Conversations.NativeChannels.Zalo;

/// <summary>Trades the single-use refresh token for a new pair (Zalo OAuth v4, oa/access_token). Never retried: a
/// retry after a lost answer would spend a token Zalo may already have consumed; the next send asks again.</summary>
public sealed class ZaloOAuthClient(IHttpClientFactory httpClients, IOptions<ZaloOptions> options)
{
    public const string HttpClientName = "zalo-oauth";

    /// <summary>Zalo's answer, a pair or an error; throws <see cref="ChannelSendException"/> (transient) when there is
    /// no readable answer.</summary>
    public async Task<ZaloTokenAnswer> RefreshAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var zalo = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(zalo.OAuthBaseUrl.TrimEnd('/') + "/v4/oa/access_token"))
        {
            Content = new FormUrlEncodedContent(
            [
                new KeyValuePair<string, string>("refresh_token", refreshToken),
                new KeyValuePair<string, string>("app_id", zalo.AppId!),
                new KeyValuePair<string, string>("grant_type", "refresh_token"),
            ]),
        };
        request.Headers.TryAddWithoutValidation("secret_key", zalo.AppSecretKey);
        try
        {
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            if ((int)response.StatusCode >= 500)
            {
                throw new ChannelSendException(ZaloActivities.ChannelId, $"oauth-http-{(int)response.StatusCode}", permanent: false);
            }

            return JsonSerializer.Deserialize(body, ZaloJsonContext.Default.ZaloTokenAnswer)
                ?? throw new ChannelSendException(ZaloActivities.ChannelId, "oauth-empty-answer", permanent: false);
        }
        catch (JsonException exception)
        {
            throw new ChannelSendException(ZaloActivities.ChannelId, "oauth-unreadable-answer", permanent: false, exception);
        }
        catch (HttpRequestException exception)
        {
            throw new ChannelSendException(ZaloActivities.ChannelId, "oauth-unreachable", permanent: false, exception);
        }
        catch (TimeoutRejectedException exception)
        {
            throw new ChannelSendException(ZaloActivities.ChannelId, "oauth-timeout", permanent: false, exception);
        }
    }
}
