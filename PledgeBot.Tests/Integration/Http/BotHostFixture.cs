using Microsoft.AspNetCore.Mvc.Testing;
using PledgeBot.Tests.Fakes;

namespace PledgeBot.Tests.Integration.Http;

/// <summary>The bot on WebApplicationFactory, with its store in a fresh directory, flood control off, fast retries,
/// and a fake Connector on a real loopback socket for its replies.</summary>
public sealed class BotHostFixture : IAsyncLifetime
{
    private readonly List<WebApplicationFactory<Program>> _factories = [];
    private readonly List<string> _dataDirs = [];

    public FakeConnector Connector { get; private set; } = null!;

    public WebApplicationFactory<Program> Factory { get; private set; } = null!;

    /// <summary>The fake Connector with a path of its own, as regional Connectors have (…/amer/).</summary>
    public string ServiceUrl => new Uri(Connector.BaseUrl, "amer/").ToString();

    public async Task InitializeAsync()
    {
        Connector = await FakeConnector.StartAsync();
        Factory = CreateFactory();
        _ = Factory.Server;
    }

    /// <summary>Another host with its own store directory, for settings the shared one must not have.</summary>
    public WebApplicationFactory<Program> CreateFactory(params (string Key, string Value)[] settings)
    {
        var dataDir = Directory.CreateTempSubdirectory("pledgebot-http-").FullName;
        _dataDirs.Add(dataDir);
        var factory = new WebApplicationFactory<Program>();
        _factories.Add(factory);
        return factory.WithWebHostBuilder(host =>
        {
            host.UseSetting("Store:DataDir", dataDir);
            host.UseSetting("FloodControl:MessagesPerWindow", "0");
            host.UseSetting("Connector:RetryBaseDelay", "00:00:00.010");
            foreach (var (key, value) in settings)
            {
                host.UseSetting(key, value);
            }
        });
    }

    public async Task DisposeAsync()
    {
        foreach (var factory in _factories)
        {
            await factory.DisposeAsync();
        }

        await Connector.DisposeAsync();
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
