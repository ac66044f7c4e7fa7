using PledgeBot.Tests.Fixtures;
using PledgeBot.Tests.Conversations.NativeChannels.Telegram;

namespace PledgeBot.Tests.Integration.Scale;

/// <summary>Two instances behind a load balancer with nothing in common but <c>ConnectionStrings:Redis</c> (a
/// redis-server of their own): their own data directories and no configured key of any kind (user ids, cards, Direct
/// Line, referral stats, staff), so every key is generated and must be shared through the store. Both speak to one fake
/// Telegram Bot API.</summary>
public sealed class TwoInstancesFixture : IAsyncLifetime
{
    public const string PublicBaseUrl = "https://khongmotminh.example";

    private readonly RedisServerFixture _redis = new();
    private readonly TestHostSet _hosts = new();

    public FakeTelegram Telegram { get; private set; } = null!;

    public HttpClient First { get; private set; } = null!;

    public HttpClient Second { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await _redis.InitializeAsync();
        Telegram = _hosts.Add(await FakeTelegram.StartAsync());
        First = Host().CreateClient();
        Second = Host().CreateClient();
    }

    public async Task DisposeAsync()
    {
        First.Dispose();
        Second.Dispose();
        await _hosts.DisposeAsync();
        await _redis.DisposeAsync();
    }

    private TestHost Host() => _hosts.Add(TestHost.Create()
        .WithStore(_redis)
        .With("Campaign:PublicBaseUrl", PublicBaseUrl)
        .WithTelegram(Telegram));
}
