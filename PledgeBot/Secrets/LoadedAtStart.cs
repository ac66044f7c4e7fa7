namespace PledgeBot.Secrets;

/// <summary>Builds <typeparamref name="T"/> as the host starts, so the keys it holds are resolved (and their sources
/// logged, a generated staff key printed, a damaged key refused) at start rather than at the first request.</summary>
internal sealed class LoadedAtStart<T>(T service) : IHostedService
    where T : class
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        GC.KeepAlive(service);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
