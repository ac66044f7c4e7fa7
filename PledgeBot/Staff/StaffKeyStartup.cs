namespace PledgeBot.Staff;

/// <summary>Loads the staff keys as the host starts, so a generated key is printed at start, not at the first request.</summary>
internal sealed class StaffKeyStartup(StaffKeys keys) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        GC.KeepAlive(keys);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
