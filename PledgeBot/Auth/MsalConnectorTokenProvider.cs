using Microsoft.Identity.Client;

namespace PledgeBot.Auth;

/// <summary>Client credentials (MultiTenant, SingleTenant) through MSAL, whose in-memory app token cache serves each
/// reply until the token nears expiry.</summary>
internal sealed class MsalConnectorTokenProvider(IConfidentialClientApplication application, ILogger<MsalConnectorTokenProvider> logger)
    : IConnectorTokenProvider
{
    private static readonly string[] s_scopes = [ConnectorScopes.BotFramework];

    public async ValueTask<string?> GetTokenAsync(Uri serviceUrl, bool forceRefresh, CancellationToken cancellationToken)
    {
        var result = await application.AcquireTokenForClient(s_scopes).WithForceRefresh(forceRefresh).ExecuteAsync(cancellationToken);
        if (result.AuthenticationResultMetadata.TokenSource != TokenSource.Cache)
        {
            logger.ConnectorTokenAcquired("client credentials", result.ExpiresOn);
        }

        return result.AccessToken;
    }
}
