using System.Net;
using StackExchange.Redis;

namespace PledgeBot.Store;

/// <summary>How PledgeBot connects to Redis or Garnet: one multiplexer, never aborting on a failed first connect.</summary>
public static class StoreConnection
{
    // Listed before the configured connection string, so anything it sets wins.
    private const string Defaults =
        "abortConnect=false,connectTimeout=5000,syncTimeout=2000,asyncTimeout=2000,connectRetry=3,name=pledgebot";

    public static ConfigurationOptions Options(string connectionString, ILoggerFactory? loggerFactory = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);

        var options = ConfigurationOptions.Parse($"{Defaults},{connectionString}");
        options.LoggerFactory = loggerFactory;
        return options;
    }

    public static ConnectionMultiplexer Connect(string connectionString, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(loggerFactory);

        var options = Options(connectionString, loggerFactory);
        // Endpoints only: the connection string may hold a password.
        loggerFactory.CreateLogger(typeof(StoreConnection)).StoreConnecting(Describe(options.EndPoints));
        return ConnectionMultiplexer.Connect(options);
    }

    internal static string Describe(IEnumerable<EndPoint> endpoints) => string.Join(", ", endpoints.Select(EndPointCollection.ToString));
}
