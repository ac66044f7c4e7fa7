using System.Text;
using PledgeBot.Tests.Fakes;
using PledgeBot.Tests.Fixtures;
using PledgeBot.Tests.Conversations.NativeChannels.Messenger;
using PledgeBot.Tests.Conversations.NativeChannels.Telegram;
using PledgeBot.Tests.Conversations.NativeChannels.Zalo;

namespace PledgeBot.Tests.Fuzz;

/// <summary>One bot on a real Kestrel socket with every surface on: Direct Line (secret), Messenger, Telegram and Zalo
/// pointed at their fakes, a staff key, a fake Connector for <c>/api/messages</c>. Limits that would turn generated
/// traffic into 429s (tokens per minute, wrong staff keys) are raised, so the parsers behind them are reached. Every
/// error the host logs is recorded, so a test can also fail on a turn that broke in the background.</summary>
public sealed class FuzzHostFixture : IAsyncLifetime
{
    public const string DirectLineSecret = "fuzz-direct-line-secret-0123456789";
    public const string StaffKey = "staff-key-for-the-fuzz-tests";

    private readonly TestHostSet _hosts = new();

    public FakeGraph Graph { get; private set; } = null!;

    public FakeTelegram Telegram { get; private set; } = null!;

    public FakeZalo Zalo { get; private set; } = null!;

    public FakeConnector Connector { get; private set; } = null!;

    public FuzzLog Log { get; } = new();

    /// <summary>Where Kestrel listens, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Graph = _hosts.Add(await FakeGraph.StartAsync());
        Telegram = _hosts.Add(await FakeTelegram.StartAsync());
        Zalo = _hosts.Add(await FakeZalo.StartAsync());
        Connector = _hosts.Add(await FakeConnector.StartAsync());
        BaseAddress = _hosts.Add(TestHost.Create()
            .With("Campaign:PublicBaseUrl", "https://pledge.example")
            .WithConnector()
            .WithDirectLine(DirectLineSecret)
            .WithStaffKey(StaffKey)
            .With("Staff:FailedAttemptsPerWindow", "10000")
            .WithMessenger(Graph)
            .WithTelegram(Telegram)
            .WithZalo(Zalo)
            .WithLogs(Log)
            .OnLoopback()).Start().BaseAddress!;
    }

    /// <summary>A client that sends header values as UTF-8 (so a token can be text), and follows no redirects.</summary>
    public HttpClient CreateClient(string? bearer = null)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            RequestHeaderEncodingSelector = (_, _) => Encoding.UTF8,
        };
        return new HttpClient(handler) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) }.WithBearer(bearer);
    }

    public HttpClient StaffClient() => CreateClient(StaffKey);

    public Task DisposeAsync() => _hosts.DisposeAsync().AsTask();
}
