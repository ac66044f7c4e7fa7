using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PledgeBot.Auth;
using PledgeBot.Tests.Fakes;
using PledgeBot.Tests.Fixtures;
using PledgeBot.Tests.Integration.Http;

namespace PledgeBot.Tests.Auth;

/// <summary>The bot with a MultiTenant app id, its key metadata on a local issuer, its token authority on a local https
/// endpoint trusted through a test CA, and a fake Connector for its replies.</summary>
public sealed class JwtHostFixture : IAsyncLifetime
{
    public const string AppId = "6f1c7a52-8d2e-4a1b-9c3d-0e5f7a9b1c2d";
    public const string Channel = "telegram";

    private readonly TestHostSet _hosts = new();

    public FakeConnector Connector { get; private set; } = null!;

    public FakeOpenIdIssuer Issuer { get; private set; } = null!;

    public FakeTokenEndpoint Tokens { get; private set; } = null!;

    public TestCertificateAuthority CertificateAuthority { get; private set; } = null!;

    /// <summary>A channel service key endorsed for <see cref="Channel"/> and webchat.</summary>
    public TestSigningKey ChannelKey { get; } = new();

    /// <summary>A channel service key endorsed only for msteams.</summary>
    public TestSigningKey TeamsOnlyKey { get; } = new();

    /// <summary>A key in the channel service's set without any endorsements.</summary>
    public TestSigningKey UnendorsedKey { get; } = new();

    /// <summary>An Entra key, as the common v2.0 metadata publishes them: no endorsements.</summary>
    public TestSigningKey EmulatorKey { get; } = new();

    public TestHost Factory { get; private set; } = null!;

    public string ServiceUrl => new Uri(Connector.BaseUrl, "jwt/").ToString();

    public async Task InitializeAsync()
    {
        Connector = _hosts.Add(await FakeConnector.StartAsync());
        Issuer = _hosts.Add(await FakeOpenIdIssuer.StartAsync());
        CertificateAuthority = TestCertificateAuthority.Create();
        Tokens = _hosts.Add(await FakeTokenEndpoint.StartAsync(CertificateAuthority));
        Issuer.Publish("channel", ChannelKey, Channel, "webchat");
        Issuer.Publish("channel", TeamsOnlyKey, "msteams");
        Issuer.Publish("channel", UnendorsedKey, null);
        Issuer.Publish("emulator", EmulatorKey, null);
        Factory = CreateFactory().Start();
    }

    /// <summary>Another host, with its own key caches and store, for tests that must start from a cold cache.</summary>
    public TestHost CreateFactory(params (string Key, string Value)[] settings) => _hosts.Add(TestHost.Create()
        .WithConnector()
        .With("MicrosoftAppType", "MultiTenant")
        .With("MicrosoftAppId", AppId)
        .With("MicrosoftAppPassword", "test-secret-not-real")
        .With("BotFramework:OpenIdMetadataUrl", Issuer.MetadataUrl("channel"))
        .With("BotFramework:EmulatorOpenIdMetadataUrl", Issuer.MetadataUrl("emulator"))
        .With("BotFramework:OAuthAuthority", Tokens.Authority)
        .With(settings)
        // MSAL only talks https: its HttpClient trusts the test CA, checked as a real chain (see TestCertificateAuthority).
        .WithServices(services => services.AddHttpClient(MsalHttpClients.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                SslOptions = { RemoteCertificateValidationCallback = CertificateAuthority.Validate },
            })));

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, JsonObject activity, string? token)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = TestActivities.Content(activity) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await client.SendAsync(request);
    }

    public JsonObject Message(string conversationId) =>
        TestActivities.Activity("message", conversationId, ServiceUrl, text: "xin chào", channel: Channel);

    public async Task DisposeAsync()
    {
        await _hosts.DisposeAsync();
        CertificateAuthority.Dispose();
        ChannelKey.Dispose();
        TeamsOnlyKey.Dispose();
        UnendorsedKey.Dispose();
        EmulatorKey.Dispose();
    }
}
