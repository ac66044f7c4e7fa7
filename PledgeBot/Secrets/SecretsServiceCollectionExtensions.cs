using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PledgeBot.Secrets;

public static class SecretsServiceCollectionExtensions
{
    /// <summary>The keys the app generates when their settings are empty, shared through the store (<see cref="GeneratedKeys"/>).</summary>
    public static IServiceCollection AddGeneratedKeys(this IServiceCollection services)
    {
        services.TryAddSingleton<GeneratedKeys>();
        return services;
    }

    /// <summary>Registers <typeparamref name="T"/>, which holds a key, to be built as the host starts.</summary>
    public static IServiceCollection LoadAtStart<T>(this IServiceCollection services)
        where T : class
    {
        services.AddHostedService<LoadedAtStart<T>>();
        return services;
    }
}
