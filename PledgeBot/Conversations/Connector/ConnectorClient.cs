using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Options;
using PledgeBot.Auth;
using PledgeBot.Dialogs.Activities;
using Polly.Timeout;

namespace PledgeBot.Conversations.Connector;

/// <summary>Posts activities to a channel's Bot Connector REST API v3. Retries, timeouts and the bearer
/// token come from the HttpClient's handlers (<see cref="ConnectorServiceCollectionExtensions"/>). With an app id, only
/// serviceUrls that arrived with a validated token are called (Bot Connector authentication).</summary>
public sealed class ConnectorClient(
    HttpClient http,
    IOptions<BotAuthOptions> auth,
    TrustedServiceUrls trustedServiceUrls,
    ILogger<ConnectorClient> logger)
{
    private static readonly MediaTypeHeaderValue s_json = new("application/json") { CharSet = "utf-8" };

    /// <summary>Replies to <c>replyToId</c> when set, else sends to the conversation, as the SDK chooses.</summary>
    /// <exception cref="ConnectorException">The Connector refused the activity or did not answer in time.</exception>
    public async Task SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var uri = ActivitiesUri(activity);
        if (!auth.Value.IsAnonymous && !await trustedServiceUrls.IsTrustedAsync(activity.ServiceUrl!, cancellationToken))
        {
            // The bot's token must not reach an address no channel vouched for (anonymous mode only answers loopback).
            logger.UntrustedServiceUrl(uri.IdnHost);
            throw new ConnectorException("The serviceUrl did not arrive with a validated token.");
        }

        // The channel assigns ids: an outgoing activity never carries one (Bot Framework Activity schema, A2031).
        var body = JsonSerializer.SerializeToUtf8Bytes(activity with { Id = null }, ProtocolJsonContext.Wire.Activity);
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = s_json;

        HttpResponseMessage response;
        try
        {
            response = await http.PostAsync(uri, content, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            logger.ConnectorUnreachable(uri.IdnHost, exception.HttpRequestError.ToString());
            throw new ConnectorException("The Connector could not be reached.", exception);
        }
        catch (TimeoutRejectedException exception)
        {
            logger.ConnectorTimedOut(uri.IdnHost);
            throw new ConnectorException("The Connector did not answer in time.", exception);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                logger.ConnectorRefused(uri.IdnHost, (int)response.StatusCode);
                throw new ConnectorException("The Connector refused the activity.", (int)response.StatusCode);
            }
        }
    }

    /// <summary>serviceUrl keeps its own path (…/amer/); ids are escaped, since they hold ':', '|', ';', '@', '='.</summary>
    internal static Uri ActivitiesUri(Activity activity)
    {
        var serviceUrl = activity.ServiceUrl
            ?? throw new ArgumentException("A reply needs the serviceUrl of the activity it answers.", nameof(activity));
        var conversationId = activity.Conversation?.Id
            ?? throw new ArgumentException("A reply needs a conversation id.", nameof(activity));

        var baseUrl = serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/";
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        if (!string.IsNullOrEmpty(activity.ReplyToId))
        {
            path += "/" + Uri.EscapeDataString(activity.ReplyToId);
        }

        return new Uri(baseUrl + path, UriKind.Absolute);
    }
}
