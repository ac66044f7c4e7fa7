using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PledgeBot.Store;
using StackExchange.Redis;

namespace PledgeBot.Tests.Fixtures;

/// <summary>The host's embedded Garnet in a temporary data directory, for one test collection.</summary>
public sealed class GarnetFixture : IStoreServer, IAsyncLifetime
{
    private readonly TemporaryDirectory _dataDir = new();
    private EmbeddedGarnet? _garnet;
    private ConnectionMultiplexer? _multiplexer;

    public string Endpoint => Garnet.Endpoint;

    public EmbeddedGarnet Garnet => _garnet ?? throw new InvalidOperationException("Garnet has not started.");

    public IConnectionMultiplexer Multiplexer => _multiplexer ?? throw new InvalidOperationException("Garnet has not started.");

    public async Task<IConnectionMultiplexer> ConnectAsync() =>
        await ConnectionMultiplexer.ConnectAsync(StoreConnection.Options(Endpoint));

    public async Task InitializeAsync()
    {
        _garnet = new EmbeddedGarnet(Options.Create(new StoreOptions { DataDir = _dataDir.Path }), NullLoggerFactory.Instance);
        _multiplexer = await ConnectionMultiplexer.ConnectAsync(StoreConnection.Options(Endpoint));
    }

    public async Task DisposeAsync()
    {
        if (_multiplexer is not null)
        {
            await _multiplexer.DisposeAsync();
        }

        if (_garnet is not null)
        {
            await _garnet.DisposeAsync();
        }

        _dataDir.Dispose();
    }
}
