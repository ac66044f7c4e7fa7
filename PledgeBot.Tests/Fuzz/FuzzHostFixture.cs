using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PledgeBot.Tests.Fakes;
using PledgeBot.Tests.Fixtures;
using PledgeBot.Tests.NativeChannels.Messenger;
using PledgeBot.Tests.NativeChannels.Telegram;
using PledgeBot.Tests.NativeChannels.Zalo;

namespace PledgeBot.Tests.Fuzz;

/// <summary>One bot on a real Kestrel socket with every surface on: Direct Line (secret), Messenger, Telegram and Zalo
/// pointed at their fakes, a staff key, a fake Connector for <c>/api/messages</c>. Limits that would turn generated
/// traffic into 429s (tokens per minute, wrong staff keys) are raised, so the parsers behind them are reached. Every
/// error the host logs is recorded, so a test can also fail on a turn that broke in the background.</summary>
public sealed class FuzzHostFixture : IAsyncLifetime
{
    public const string DirectLineSecret = "fuzz-direct-line-secret-0123456789";
    public const string StaffKey = "staff-key-for-the-fuzz-tests";

    private readonly TemporaryDirectory _dataDir = new();
    private WebApplicationFactory<Program>? _factory;

    public FakeGraph Graph { get; private set; } = null!;

    public FakeTelegram Telegram { get; private set; } = null!;

    public FakeZalo Zalo { get; private set; } = null!;

    public FakeConnector Connector { get; private set; } = null!;

    public FuzzLog Log { get; } = new();

    /// <summary>Where Kestrel listens, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Graph = await FakeGraph.StartAsync();
        Telegram = await FakeTelegram.StartAsync();
        Zalo = await FakeZalo.StartAsync();
        Connector = await FakeConnector.StartAsync();
        var settings = new Dictionary<string, string>
        {
            ["Store:DataDir"] = _dataDir.Path,
            ["FloodControl:MessagesPerWindow"] = "0",
            ["Campaign:PublicBaseUrl"] = "https://pledge.example",
            ["Connector:RetryBaseDelay"] = "00:00:00.010",
            ["DirectLine:Secret"] = DirectLineSecret,
            ["DirectLine:TokensPerMinute"] = "10000",
            ["Staff:ApiKeys:0"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(StaffKey))),
            ["Staff:FailedAttemptsPerWindow"] = "10000",
            ["Channels:Messenger:PageAccessToken"] = MessengerHostFixture.PageToken,
            ["Channels:Messenger:AppSecret"] = MessengerHostFixture.AppSecret,
            ["Channels:Messenger:VerifyToken"] = MessengerHostFixture.VerifyToken,
            ["Channels:Messenger:ApiBaseUrl"] = Graph.BaseUrl,
            ["Channels:Messenger:RetryBaseDelay"] = "00:00:00.010",
            ["Channels:Telegram:BotToken"] = TelegramHostFixture.BotToken,
            ["Channels:Telegram:WebhookSecret"] = TelegramHostFixture.Secret,
            ["Channels:Telegram:ApiBaseUrl"] = Telegram.BaseUrl,
            ["Channels:Telegram:RetryBaseDelay"] = "00:00:00.010",
            ["Channels:Telegram:PerChatPerSecond"] = "0",
            ["Channels:Telegram:OverallPerSecond"] = "10000",
            ["Channels:Zalo:OaId"] = ZaloWebhooks.OaId,
            ["Channels:Zalo:AppId"] = ZaloWebhooks.AppId,
            ["Channels:Zalo:SecretKey"] = ZaloWebhooks.SecretKey,
            ["Channels:Zalo:AppSecretKey"] = FakeZalo.AppSecretKey,
            ["Channels:Zalo:RefreshToken"] = FakeZalo.FirstRefreshToken,
            ["Channels:Zalo:ApiBaseUrl"] = Zalo.BaseUrl.ToString(),
            ["Channels:Zalo:OAuthBaseUrl"] = Zalo.BaseUrl.ToString(),
            ["Channels:Zalo:RetryBaseDelay"] = "00:00:00.010",
            ["Channels:Zalo:MessagesPerSecond"] = "1000",
        };
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            foreach (var (key, value) in settings)
            {
                host.UseSetting(key, value);
            }

            host.ConfigureTestServices(services => services.AddSingleton<ILoggerProvider>(Log));
        });
        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
    }

    /// <summary>A client that sends header values as UTF-8 (so a token can be text), and follows no redirects.</summary>
    public HttpClient CreateClient(string? bearer = null)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            RequestHeaderEncodingSelector = (_, _) => Encoding.UTF8,
        };
        var client = new HttpClient(handler) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        if (bearer is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return client;
    }

    public HttpClient StaffClient() => CreateClient(StaffKey);

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        await Graph.DisposeAsync();
        await Telegram.DisposeAsync();
        await Zalo.DisposeAsync();
        await Connector.DisposeAsync();
        _dataDir.Dispose();
    }
}
