using System.Text;
using PledgeBot.Tests.Fixtures;

namespace PledgeBot.Tests.Conversations.NativeChannels.Telegram;

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

    private readonly TestHostSet _hosts = new();

    public FakeTelegram Telegram { get; private set; } = null!;

    public TestHost Factory { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public static long NewChat() => Interlocked.Increment(ref s_chat);

    public static int NewUpdateId() => Interlocked.Increment(ref s_update);

    public async Task InitializeAsync()
    {
        Telegram = _hosts.Add(await FakeTelegram.StartAsync());
        Factory = CreateFactory();
        Client = Factory.CreateClient();
    }

    /// <summary>Another host with its own store: the Telegram settings of the shared one, then these on top.</summary>
    public TestHost CreateFactory(params (string Key, string Value)[] settings) =>
        _hosts.Add(Bare().WithTelegram(Telegram).With(settings));

    /// <summary>A host with only the common settings and these: no Telegram channel unless they configure one.</summary>
    public TestHost CreateBareFactory(params (string Key, string Value)[] settings) => _hosts.Add(Bare().With(settings));

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

    public HttpClient StaffClient() => Factory.Client(StaffKey);

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await _hosts.DisposeAsync();
    }

    private static TestHostBuilder Bare() => TestHost.Create().WithStaffKey(StaffKey).With("Campaign:PublicBaseUrl", PublicBaseUrl);
}
