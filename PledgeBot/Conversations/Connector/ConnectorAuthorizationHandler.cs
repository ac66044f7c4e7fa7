using System.Net;
using System.Net.Http.Headers;
using PledgeBot.Auth;

namespace PledgeBot.Conversations.Connector;

/// <summary>Puts the bearer token on each attempt, inside the retries, so a retry after a renewal uses the new token.
/// A 401 or 403 to a call that carried a token renews it once and repeats the call.</summary>
internal sealed class ConnectorAuthorizationHandler(IConnectorTokenProvider tokens, ILogger<ConnectorAuthorizationHandler> logger)
    : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.RequestUri is not { } uri || !await AuthorizeAsync(request, uri, forceRefresh: false, cancellationToken))
        {
            return await base.SendAsync(request, cancellationToken);
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden))
        {
            return response;
        }

        logger.ConnectorTokenRenewing((int)response.StatusCode);
        response.Dispose();
        await AuthorizeAsync(request, uri, forceRefresh: true, cancellationToken);
        return await base.SendAsync(request, cancellationToken);
    }

    private async Task<bool> AuthorizeAsync(HttpRequestMessage request, Uri uri, bool forceRefresh, CancellationToken cancellationToken)
    {
        if (await tokens.GetTokenAsync(uri, forceRefresh, cancellationToken) is not { } token)
        {
            return false;
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return true;
    }
}
