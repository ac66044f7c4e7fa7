namespace PledgeBot.Auth;

/// <summary>No credentials (no MicrosoftAppId): the Emulator accepts replies without a token.</summary>
internal sealed class AnonymousConnectorTokenProvider : IConnectorTokenProvider
{
    public ValueTask<string?> GetTokenAsync(Uri serviceUrl, bool forceRefresh, CancellationToken cancellationToken) =>
        ValueTask.FromResult<string?>(null);
}
