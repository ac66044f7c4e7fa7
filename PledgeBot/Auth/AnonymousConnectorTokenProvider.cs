namespace PledgeBot.Auth;

/// <summary>No credentials: the Emulator accepts replies without a token. The MSAL provider replaces this one.</summary>
internal sealed class AnonymousConnectorTokenProvider : IConnectorTokenProvider
{
    public ValueTask<string?> GetTokenAsync(Uri serviceUrl, CancellationToken cancellationToken) => ValueTask.FromResult<string?>(null);
}
