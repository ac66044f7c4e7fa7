namespace PledgeBot.Auth;

/// <summary>The bearer token for a Connector call to <c>serviceUrl</c>, or null to call without one;
/// <c>forceRefresh</c> skips the cache, after the Connector refused the cached token.</summary>
public interface IConnectorTokenProvider
{
    ValueTask<string?> GetTokenAsync(Uri serviceUrl, bool forceRefresh, CancellationToken cancellationToken);
}
