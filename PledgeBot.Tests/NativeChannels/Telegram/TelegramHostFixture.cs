using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace PledgeBot.Tests.NativeChannels.Telegram;

/// <summary>The bot with its Telegram channel pointed at a <see cref="FakeTelegram"/> on loopback: a fresh store
/// (embedded Garnet), flood control off, fast retries, rate limits out of the way unless a test sets them.</summary>
public sealed class TelegramHostFixture : IAsyncLifetime
{
    public const string BotToken = "123456789:TEST_token-abc";
    public const string Secret = "test_secret-1";
    public const string StaffKey = "staff-key-for-the-telegram-tests";
    public const string PublicBaseUrl = "https://pledge.example";

    private static int s_chat = Random.Shared.Next(100_000, 900_000) * 1000;
    private static int s_update = Random.Shared.Next(1_000_000, 9_000_000);

    private readonly List<WebApplicationFactory<Program>> _factories = [];
    private readonly List<string> _dataDirs = [];

    public FakeTelegram Telegram { get; private set; } = null!;

    public WebApplicationFactory<Program> Factory { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public static long NewChat() => Interlocked.Increment(ref s_chat);

    public static int NewUpdateId() => Interlocked.Increment(ref s_update);

    public async Task InitializeAsync()
    {
        Telegram = await FakeTelegram.StartAsync();
        Factory = CreateFactory();
        Client = Factory.CreateClient();
    }

    /// <summary>Another host with its own store: the Telegram settings of the shared one, then these on top.</summary>
    public WebApplicationFactory<Program> CreateFactory(params (string Key, string Value)[] settings) =>
        CreateBareFactory([
            ("Channels:Telegram:BotToken", BotToken),
            ("Channels:Telegram:WebhookSecret", Secret),
            ("Channels:Telegram:ApiBaseUrl", Telegram.BaseUrl),
            ("Channels:Telegram:RetryBaseDelay", "00:00:00.010"),
            ("Channels:Telegram:PerChatPerSecond", "0"),
            ("Channels:Telegram:OverallPerSecond", "10000"),
            .. settings]);

    /// <summary>A host with only the common settings and these: no Telegram channel unless they configure one.</summary>
    public WebApplicationFactory<Program> CreateBareFactory(params (string Key, string Value)[] settings)
    {
        var dataDir = Directory.CreateTempSubdirectory("pledgebot-telegram-").FullName;
        _dataDirs.Add(dataDir);
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseSetting("Store:DataDir", dataDir);
            host.UseSetting("FloodControl:MessagesPerWindow", "0");
            host.UseSetting("Staff:ApiKeys:0", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(StaffKey))));
            host.UseSetting("Campaign:PublicBaseUrl", PublicBaseUrl);
            foreach (var (key, value) in settings)
            {
                host.UseSetting(key, value);
            }
        });
        _factories.Add(factory);
        return factory;
    }

    public Task<HttpResponseMessage> PostAsync(string update, string? secret = Secret) => PostAsync(Client, update, secret);

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string update, string? secret = Secret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/channels/telegram")
        {
            Content = new StringContent(update, Encoding.UTF8, "application/json"),
        };
        if (secret is not null)
        {
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        }

        return await client.SendAsync(request);
    }

    public HttpClient StaffClient()
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", StaffKey);
        return client;
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        foreach (var factory in _factories)
        {
            await factory.DisposeAsync();
        }

        await Telegram.DisposeAsync();
        foreach (var dataDir in _dataDirs)
        {
            try
            {
                Directory.Delete(dataDir, recursive: true);
            }
            catch (IOException)
            {
                // A store that has not quite let go of its files; the OS cleans temp eventually.
            }
        }
    }
}
