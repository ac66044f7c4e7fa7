using PledgeBot.Tests.Fakes;
using PledgeBot.Tests.Fixtures;

namespace PledgeBot.Tests.Integration.Http;

/// <summary>The bot on WebApplicationFactory, with its store in a fresh directory, flood control off, fast retries,
/// and a fake Connector on a real loopback socket for its replies.</summary>
public sealed class BotHostFixture : IAsyncLifetime
{
    private readonly TestHostSet _hosts = new();

    public FakeConnector Connector { get; private set; } = null!;

    public TestHost Factory { get; private set; } = null!;

    /// <summary>The fake Connector with a path of its own, as regional Connectors have (…/amer/).</summary>
    public string ServiceUrl => new Uri(Connector.BaseUrl, "amer/").ToString();

    public async Task InitializeAsync()
    {
        Connector = _hosts.Add(await FakeConnector.StartAsync());
        Factory = CreateFactory().Start();
    }

    /// <summary>Another host with its own store directory, for settings the shared one must not have.</summary>
    public TestHost CreateFactory(params (string Key, string Value)[] settings) =>
        _hosts.Add(Builder().With(settings));

    /// <summary>The shared host's wiring, for a test that adds fakes or log capture; the test disposes what it builds.</summary>
    public TestHostBuilder Builder() => TestHost.Create().WithConnector();

    public Task DisposeAsync() => _hosts.DisposeAsync().AsTask();
}
