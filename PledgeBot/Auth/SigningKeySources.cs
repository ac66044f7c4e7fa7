using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;

namespace PledgeBot.Auth;

/// <summary>The two key caches of Bot Connector authentication: the Bot Framework channel service's and Entra ID's
/// (Emulator).</summary>
internal sealed class SigningKeySources
{
    public const string HttpClientName = "BotFramework.OpenId";

    public SigningKeySources(IOptions<BotFrameworkOptions> options, IHttpClientFactory httpClients, TimeProvider clock)
    {
        var settings = options.Value;
        Channel = Create(settings.OpenIdMetadataUrl, settings, httpClients, clock);
        Emulator = Create(settings.EmulatorOpenIdMetadataUrl, settings, httpClients, clock);
    }

    public SigningKeySource Channel { get; }

    public SigningKeySource Emulator { get; }

    private static SigningKeySource Create(string metadataUrl, BotFrameworkOptions settings, IHttpClientFactory httpClients, TimeProvider clock)
    {
        // Options validation already allows plain http only on loopback.
        var documents = new HttpDocumentRetriever(httpClients.CreateClient(HttpClientName))
        {
            RequireHttps = new Uri(metadataUrl).Scheme == Uri.UriSchemeHttps,
        };
        return new SigningKeySource(metadataUrl, documents, settings.KeyRefreshInterval, settings.UnknownKeyRefetchInterval, clock);
    }
}
