using Microsoft.Identity.Client;

namespace PledgeBot.Auth;

/// <summary>Gives MSAL the host's named HttpClient, so its socket handling (and, in tests, its trust) is configured in
/// one place like every other outbound client.</summary>
internal sealed class MsalHttpClients(IHttpClientFactory httpClients) : IMsalHttpClientFactory
{
    public const string HttpClientName = "BotFramework.Tokens";

    public HttpClient GetHttpClient() => httpClients.CreateClient(HttpClientName);
}
