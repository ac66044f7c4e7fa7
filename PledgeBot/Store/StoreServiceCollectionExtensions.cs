using PledgeBot.Dialogs.Ports;

namespace PledgeBot.Store;

/// <summary>PLACEHOLDER owned by the Store work: replaced by the Redis/Garnet store.</summary>
public static class StoreServiceCollectionExtensions
{
    public static IServiceCollection AddStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton<IStateStore, TemporaryMemoryStateStore>();
        services.AddSingleton<IPseudonymizer, TemporaryPseudonymizer>();
        return services;
    }
}
