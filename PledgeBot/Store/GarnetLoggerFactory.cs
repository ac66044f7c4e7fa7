namespace PledgeBot.Store;

// Garnet names its loggers "Options", "Session", "GarnetServer"…; the prefix gathers them under one category that
// Logging:LogLevel:Garnet can tune.
internal sealed class GarnetLoggerFactory(ILoggerFactory host) : ILoggerFactory
{
    public const string Category = "Garnet";

    public ILogger CreateLogger(string categoryName) => host.CreateLogger($"{Category}.{categoryName}");

    public void AddProvider(ILoggerProvider provider) => host.AddProvider(provider);

    // The host owns its logger factory; Garnet must not dispose it.
    public void Dispose()
    {
    }
}
