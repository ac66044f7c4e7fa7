namespace PledgeBot.Auth;

/// <summary>The bearer token for a Connector call to <c>serviceUrl</c>, or null to call without one (PROTOCOL.md 3.2);
/// <c>forceRefresh</c> skips the cache, after the Connector refused the cached token.</summary>
public interface IConnectorTokenProvider
{
    ValueTask<string?> GetTokenAsync(Uri serviceUrl, bool forceRefresh, CancellationToken cancellationToken);
}
