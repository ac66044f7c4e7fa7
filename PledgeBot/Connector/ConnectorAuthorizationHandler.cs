using System.Net.Http.Headers;
using PledgeBot.Auth;

namespace PledgeBot.Connector;

/// <summary>Puts the bearer token on each attempt, inside the retries, so a retry after a renewal uses the new token.</summary>
internal sealed class ConnectorAuthorizationHandler(IConnectorTokenProvider tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.RequestUri is { } uri && await tokens.GetTokenAsync(uri, cancellationToken) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
