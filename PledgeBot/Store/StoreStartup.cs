using PledgeBot.Dialogs.Ports;
using StackExchange.Redis;

namespace PledgeBot.Store;

// Asking for the store's singletons builds them while the host starts, not at the first turn: the embedded Garnet
// is up, the connection made, the user-id key resolved (Secrets/GeneratedKeys) and the turn scripts loaded, and a
// locked data directory or a damaged key stops the app at start.
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

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _logger.StoreReady(StoreConnection.Describe(_multiplexer.GetEndPoints()), _multiplexer.IsConnected);
        await PreloadScriptsAsync();
    }

    // SCRIPT LOAD on every primary also tells the client the scripts' hashes, so turns send EVALSHA from the start.
    private async Task PreloadScriptsAsync()
    {
        try
        {
            foreach (var server in _multiplexer.GetServers().Where(server => server.IsConnected && !server.IsReplica))
            {
                foreach (var script in RedisStateStore.Scripts)
                {
                    await server.ScriptLoadAsync(script);
                }
            }
        }
        // Best effort: turns load a script themselves when the store does not know it (NOSCRIPT), so a slow first
        // SCRIPT LOAD (a cold embedded store on a busy machine) must not stop the host. RedisTimeoutException is a
        // TimeoutException, not a RedisException.
        catch (Exception exception) when (exception is RedisException or RedisTimeoutException)
        {
            _logger.ScriptsNotPreloaded(exception.GetType().Name);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
