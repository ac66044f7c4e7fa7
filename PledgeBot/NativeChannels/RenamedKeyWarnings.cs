namespace PledgeBot.NativeChannels;

/// <summary>Warns once at start for each old channel key still set, naming the key it moved to.</summary>
public sealed class RenamedKeyWarnings(IConfiguration configuration, ILogger<RenamedKeyWarnings> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var key in ChannelRenamedKeys.All.Where(key => key.IsUsed(configuration)))
        {
            logger.RenamedKeyUsed(key.OldKey, key.NewKey);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
