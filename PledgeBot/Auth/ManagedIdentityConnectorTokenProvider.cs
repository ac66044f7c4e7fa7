using System.Runtime.CompilerServices;
using Azure.Core;

namespace PledgeBot.Auth;

/// <summary>UserAssignedMSI: the App Service's user-assigned identity (client id = MicrosoftAppId) gets the token, so
/// no secret exists; it is cached here until it nears expiry.</summary>
internal sealed class ManagedIdentityConnectorTokenProvider(
    TokenCredential credential, TimeProvider clock, ILogger<ManagedIdentityConnectorTokenProvider> logger)
    : IConnectorTokenProvider, IDisposable
{
    private static readonly TokenRequestContext s_request = new([ConnectorScopes.BotFramework]);

    private readonly SemaphoreSlim _renewal = new(1, 1);
    // Boxed so that a reader outside the lock sees a whole token or none.
    private StrongBox<AccessToken>? _cached;

    public async ValueTask<string?> GetTokenAsync(Uri serviceUrl, bool forceRefresh, CancellationToken cancellationToken)
    {
        if (!forceRefresh && Fresh(Volatile.Read(ref _cached)) is { } token)
        {
            return token;
        }

        await _renewal.WaitAsync(cancellationToken);
        try
        {
            if (!forceRefresh && Fresh(Volatile.Read(ref _cached)) is { } renewed)
            {
                return renewed;
            }

            var acquired = await credential.GetTokenAsync(s_request, cancellationToken);
            Volatile.Write(ref _cached, new StrongBox<AccessToken>(acquired));
            logger.ConnectorTokenAcquired("managed identity", acquired.ExpiresOn);
            return acquired.Token;
        }
        finally
        {
            _renewal.Release();
        }
    }

    public void Dispose() => _renewal.Dispose();

    private string? Fresh(StrongBox<AccessToken>? token) =>
        token is { Value: var value } && value.ExpiresOn - ConnectorScopes.RenewalMargin > clock.GetUtcNow() ? value.Token : null;
}
