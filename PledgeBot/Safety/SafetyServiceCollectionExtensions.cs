using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Dialogs.Safety;

namespace PledgeBot.Safety;

/// <summary>Registers the safety check's analyzer: Azure AI Language with the local lexicon when Safety:Azure:Endpoint
/// is set, the embedded local analyzer (registered by the bot) otherwise.</summary>
public static class SafetyServiceCollectionExtensions
{
    public static IServiceCollection AddSafety(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<AzureLanguageOptions>()
            .BindConfiguration(AzureLanguageOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<AzureLanguageOptions>, AzureLanguageOptionsValidator>();
        services.TryAddSingleton<LocalTextAnalyzer>();

        if (!string.IsNullOrWhiteSpace(configuration[$"{AzureLanguageOptions.Section}:Endpoint"]))
        {
            services.TryAddSingleton<LanguageServiceBreaker>();
            services.TryAddSingleton(provider => new AzureLanguageClient(provider.GetRequiredService<IOptions<AzureLanguageOptions>>()));
            services.Replace(ServiceDescriptor.Singleton<ITextAnalyzer, AzureTextAnalyzer>());
        }

        return services;
    }
}
