using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using PledgeBot.Tests.Fakes;
using PledgeBot.Tests.Conversations.NativeChannels.Messenger;
using PledgeBot.Tests.Conversations.NativeChannels.Telegram;
using PledgeBot.Tests.Conversations.NativeChannels.Zalo;

namespace PledgeBot.Tests.Fixtures;

/// <summary>Declares one test host: <c>TestHost.Create().WithStaffKey(key).With("Campaign:PublicBaseUrl", url).Build()</c>.
/// Knows the common wiring once: a fresh data directory (embedded Garnet) or a given store server, flood control off,
/// staff keys, the fake Connector, Telegram, Messenger and Zalo on loopback, service fakes, a clock, log capture and a
/// Kestrel socket. Settings apply in the order given; a later value for a key wins.</summary>
public sealed class TestHostBuilder
{
    /// <summary>Retries of outbound calls to the fakes, fast so a test does not wait on back-off.</summary>
    public const string FastRetry = "00:00:00.010";

    private readonly List<(string Key, string Value)> _settings = [("FloodControl:MessagesPerWindow", "0")];
    private readonly List<Action<IServiceCollection>> _services = [];
    private readonly List<ILoggerProvider> _loggers = [];
    private string? _dataDir;
    private int? _loopbackPort;

    internal TestHostBuilder()
    {
    }

    public TestHostBuilder With(string key, string value)
    {
        _settings.Add((key, value));
        return this;
    }

    public TestHostBuilder With(params IEnumerable<(string Key, string Value)> settings)
    {
        _settings.AddRange(settings);
        return this;
    }

    /// <summary>The store in <paramref name="path"/>, kept when the host stops (a restart test reopens it).</summary>
    public TestHostBuilder WithDataDir(string path)
    {
        _dataDir = path;
        return this;
    }

    /// <summary>The store on a started redis-server, cluster or Garnet instead of the embedded one; a key prefix of its
    /// own keeps tests sharing the server apart.</summary>
    public TestHostBuilder WithStore(IStoreServer store, string? keyPrefix = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        With("ConnectionStrings:Redis", store.Endpoint);
        return keyPrefix is null ? this : With("Store:KeyPrefix", keyPrefix);
    }

    /// <summary>Lets <paramref name="key"/> in as staff (its hash in Staff:ApiKeys at <paramref name="index"/>).</summary>
    public TestHostBuilder WithStaffKey(string key, int index = 0) => With($"Staff:ApiKeys:{index}", KeyHash.Of(key));

    /// <summary>Fast retries for replies to a <see cref="FakeConnector"/> (activities name its URL as serviceUrl).</summary>
    public TestHostBuilder WithConnector() => With("Connector:RetryBaseDelay", FastRetry);

    /// <summary>A Direct Line secret and a token rate a test run never reaches.</summary>
    public TestHostBuilder WithDirectLine(string secret) =>
        With("DirectLine:Secret", secret).With("DirectLine:TokensPerMinute", "10000");

    /// <summary>The Telegram channel on <paramref name="telegram"/>, with rate limits out of the way.</summary>
    public TestHostBuilder WithTelegram(FakeTelegram telegram)
    {
        ArgumentNullException.ThrowIfNull(telegram);
        return With(
            ("Channels:Telegram:BotToken", TelegramHostFixture.BotToken),
            ("Channels:Telegram:WebhookSecret", TelegramHostFixture.Secret),
            ("Channels:Telegram:ApiBaseUrl", telegram.BaseUrl),
            ("Channels:Telegram:RetryBaseDelay", FastRetry),
            ("Channels:Telegram:PerChatPerSecond", "0"),
            ("Channels:Telegram:OverallPerSecond", "10000"));
    }

    /// <summary>The Messenger channel on <paramref name="graph"/>.</summary>
    public TestHostBuilder WithMessenger(FakeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return With(
            ("Channels:Messenger:PageAccessToken", MessengerHostFixture.PageToken),
            ("Channels:Messenger:AppSecret", MessengerHostFixture.AppSecret),
            ("Channels:Messenger:VerifyToken", MessengerHostFixture.VerifyToken),
            ("Channels:Messenger:ApiBaseUrl", graph.BaseUrl),
            ("Channels:Messenger:RetryBaseDelay", FastRetry));
    }

    /// <summary>The Zalo channel on <paramref name="zalo"/>, its first refresh token configured.</summary>
    public TestHostBuilder WithZalo(FakeZalo zalo)
    {
        ArgumentNullException.ThrowIfNull(zalo);
        return With(
            ("Channels:Zalo:OaId", ZaloWebhooks.OaId),
            ("Channels:Zalo:AppId", ZaloWebhooks.AppId),
            ("Channels:Zalo:SecretKey", ZaloWebhooks.SecretKey),
            ("Channels:Zalo:AppSecretKey", FakeZalo.AppSecretKey),
            ("Channels:Zalo:RefreshToken", FakeZalo.FirstRefreshToken),
            ("Channels:Zalo:ApiBaseUrl", zalo.BaseUrl.ToString()),
            ("Channels:Zalo:OAuthBaseUrl", zalo.BaseUrl.ToString()),
            ("Channels:Zalo:RetryBaseDelay", FastRetry),
            ("Channels:Zalo:MessagesPerSecond", "1000"));
    }

    /// <summary>Replaces the host's <typeparamref name="TService"/> with <paramref name="fake"/>.</summary>
    public TestHostBuilder WithFake<TService>(TService fake)
        where TService : class
    {
        ArgumentNullException.ThrowIfNull(fake);
        return WithServices(services => services.Replace(ServiceDescriptor.Singleton(fake)));
    }

    /// <summary>Replaces the host's <typeparamref name="TService"/> with a singleton <typeparamref name="TFake"/>.</summary>
    public TestHostBuilder WithFake<TService, TFake>()
        where TService : class
        where TFake : class, TService =>
        WithServices(services => services.Replace(ServiceDescriptor.Singleton<TService, TFake>()));

    public TestHostBuilder WithClock(TimeProvider clock) => WithFake(clock);

    /// <summary>Any other change to the host's services, applied after the host registered its own.</summary>
    public TestHostBuilder WithServices(Action<IServiceCollection> configure)
    {
        _services.Add(configure);
        return this;
    }

    /// <summary>Sends the host's logs to <paramref name="logs"/> too (e.g. <c>CapturedLogs</c>, <c>HostStartFailure</c>).</summary>
    public TestHostBuilder WithLogs(ILoggerProvider logs)
    {
        _loggers.Add(logs);
        return this;
    }

    /// <summary>A real Kestrel socket on 127.0.0.1 (browsers, WebSockets and EventSource need one); port 0: any free one.</summary>
    public TestHostBuilder OnLoopback(int port = 0)
    {
        _loopbackPort = port;
        return this;
    }

    /// <summary>The host, not started yet: the first request or <see cref="TestHost.Start"/> starts it.</summary>
    public TestHost Build()
    {
        var owned = _dataDir is null ? new TemporaryDirectory() : null;
        return new TestHost(new TestHostPlan(_dataDir ?? owned!.Path, owned, [.. _settings], [.. _services], [.. _loggers], _loopbackPort));
    }

    /// <summary>The host, started.</summary>
    public TestHost Start() => Build().Start();
}
