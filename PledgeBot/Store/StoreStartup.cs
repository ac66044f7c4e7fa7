using PledgeBot.Dialogs.Ports;
using StackExchange.Redis;

namespace PledgeBot.Store;

// Asking for the store's singletons builds them while the host starts, not at the first turn: the embedded Garnet
// is up, the connection made and the user-id key loaded, and a locked data directory or a damaged key file stops
// the app at start.
internal sealed class StoreStartup : IHostedService
{
    private readonly IConnectionMultiplexer _multiplexer;
    private readonly ILogger<StoreStartup> _logger;

    public StoreStartup(IConnectionMultiplexer multiplexer, IPseudonymizer pseudonymizer, ILogger<StoreStartup> logger)
    {
        ArgumentNullException.ThrowIfNull(pseudonymizer);
        _multiplexer = multiplexer;
        _logger = logger;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _logger.StoreReady(StoreConnection.Describe(_multiplexer.GetEndPoints()), _multiplexer.IsConnected);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
