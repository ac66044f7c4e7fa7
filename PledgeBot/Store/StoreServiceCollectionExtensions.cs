using Microsoft.Extensions.Options;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Settings;
using StackExchange.Redis;

namespace PledgeBot.Store;

public static class StoreServiceCollectionExtensions
{
    public const string ConnectionStringName = "Redis";

    /// <summary>Conversation state and expiring values on Redis (<c>ConnectionStrings:Redis</c>) or, without one, on an
    /// embedded Garnet under <c>Store:DataDir</c>. The pseudonyms and generated keys it checks at start come from
    /// AddPrivacy.</summary>
    public static IServiceCollection AddStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<StoreOptions>().BindConfiguration(StoreOptions.Section)
            .ReadsRenamedDuration("Store:ConversationTtlDays", "Store:ConversationTtl", TimeSpan.FromDays(1), (o, v) => o.ConversationTtl = v)
            .ReadsRenamedDuration("Store:DeduplicationMinutes", "Store:DeduplicationWindow", TimeSpan.FromMinutes(1), (o, v) => o.DeduplicationWindow = v)
            .ValidateDataAnnotations().ValidateOnStart();

        // Started only when the multiplexer asks for it, i.e. when no connection string is set.
        services.AddSingleton<EmbeddedGarnet>();
        // Behind a counting proxy, so each turn knows its store round trips (StoreRoundTrips).
        services.AddSingleton(provider => CountingStoreProxy<IConnectionMultiplexer>.Wrap(Connect(provider, configuration)));
        services.AddSingleton(provider => new RedisKeys(
            provider.GetRequiredService<IOptions<StoreOptions>>().Value.KeyPrefix,
            provider.GetRequiredService<IOptions<StoreOptions>>().Value.PledgerBucketBits));
        services.AddSingleton<IStateStore, RedisStateStore>();
        services.AddSingleton<IExpiringValues, RedisExpiringValues>();
        services.AddHostedService<StoreStartup>();
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: ["ready"]);

        // Garnet logs its whole configuration and StackExchange.Redis its whole handshake at Information. Rules
        // inserted first lose ties, so Logging:LogLevel:Garnet or :StackExchange.Redis in configuration still decide.
        services.Configure<LoggerFilterOptions>(filters =>
        {
            filters.Rules.Insert(0, new LoggerFilterRule(null, GarnetLoggerFactory.Category, LogLevel.Warning, null));
            filters.Rules.Insert(0, new LoggerFilterRule(null, "StackExchange.Redis", LogLevel.Warning, null));
            // Garnet's argument parser warns on every start that the host's logger factory replaces its log options.
            filters.Rules.Insert(0, new LoggerFilterRule(null, $"{GarnetLoggerFactory.Category}.ArgParser", LogLevel.Error, null));
        });
        return services;
    }

    // The connection string is read when the multiplexer is first built, not at registration: test hosts
    // (WebApplicationFactory) add their configuration after Program has called AddStore.
    private static ConnectionMultiplexer Connect(IServiceProvider provider, IConfiguration configuration)
    {
        var loggerFactory = provider.GetRequiredService<ILoggerFactory>();
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = provider.GetRequiredService<EmbeddedGarnet>().Endpoint;
        }

        return StoreConnection.Connect(connectionString, loggerFactory);
    }
}
