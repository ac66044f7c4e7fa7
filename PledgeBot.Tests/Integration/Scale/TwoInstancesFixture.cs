using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using PledgeBot.Tests.Fixtures;
using PledgeBot.Tests.NativeChannels.Telegram;

namespace PledgeBot.Tests.Integration.Scale;

/// <summary>Two instances behind a load balancer with nothing in common but <c>ConnectionStrings:Redis</c> (a
/// redis-server of their own): their own data directories and no configured key of any kind (user ids, cards, Direct
/// Line, referral stats, staff), so every key is generated and must be shared through the store. Both speak to one fake
/// Telegram Bot API.</summary>
public sealed class TwoInstancesFixture : IAsyncLifetime
{
    public const string PublicBaseUrl = "https://khongmotminh.example";

    private readonly RedisServerFixture _redis = new();
    private readonly List<TemporaryDirectory> _dataDirs = [];
    private readonly List<WebApplicationFactory<Program>> _hosts = [];

    public FakeTelegram Telegram { get; private set; } = null!;

    public HttpClient First { get; private set; } = null!;

    public HttpClient Second { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await _redis.InitializeAsync();
        Telegram = await FakeTelegram.StartAsync();
        First = Host().CreateClient();
        Second = Host().CreateClient();
    }

    public async Task DisposeAsync()
    {
        First.Dispose();
        Second.Dispose();
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        await Telegram.DisposeAsync();
        await _redis.DisposeAsync();
        foreach (var dataDir in _dataDirs)
        {
            dataDir.Dispose();
        }
    }

    private WebApplicationFactory<Program> Host()
    {
        var dataDir = new TemporaryDirectory();
        _dataDirs.Add(dataDir);
        var host = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("ConnectionStrings:Redis", _redis.Endpoint);
            builder.UseSetting("Store:DataDir", dataDir.Path);
            builder.UseSetting("FloodControl:MessagesPerWindow", "0");
            builder.UseSetting("Campaign:PublicBaseUrl", PublicBaseUrl);
            builder.UseSetting("Channels:Telegram:BotToken", TelegramHostFixture.BotToken);
            builder.UseSetting("Channels:Telegram:WebhookSecret", TelegramHostFixture.Secret);
            builder.UseSetting("Channels:Telegram:ApiBaseUrl", Telegram.BaseUrl);
            builder.UseSetting("Channels:Telegram:PerChatPerSecond", "0");
            builder.UseSetting("Channels:Telegram:OverallPerSecond", "10000");
        });
        _hosts.Add(host);
        return host;
    }
}
