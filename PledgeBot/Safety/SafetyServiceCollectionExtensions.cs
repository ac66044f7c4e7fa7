using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Dialogs.Safety;
using PledgeBot.Settings;

namespace PledgeBot.Safety;

/// <summary>Registers the safety check's analyzer: the local analyzer (registered by the bot) improved by Azure AI
/// Language when Safety:Azure:Endpoint is set and by Azure AI Content Safety when Safety:ContentSafety:Endpoint is set;
/// the local analyzer alone when neither is.</summary>
public static class SafetyServiceCollectionExtensions
{
    public const string LanguageServiceName = "Azure AI Language";
    public const string ContentSafetyServiceName = "Azure AI Content Safety";

    public static IServiceCollection AddSafety(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<AzureLanguageOptions>()
            .BindConfiguration(AzureLanguageOptions.Section)
            .ReadsRenamedDuration("Safety:Azure:BudgetMilliseconds", "Safety:Azure:Budget", TimeSpan.FromMilliseconds(1), (o, v) => o.Budget = v)
            .ReadsRenamedDuration("Safety:Azure:BreakSeconds", "Safety:Azure:BreakDuration", TimeSpan.FromSeconds(1), (o, v) => o.BreakDuration = v)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<AzureLanguageOptions>, AzureLanguageOptionsValidator>();
        services.AddOptions<ContentSafetyOptions>()
            .BindConfiguration(ContentSafetyOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ContentSafetyOptions>, ContentSafetyOptionsValidator>();
        services.TryAddSingleton<LocalTextAnalyzer>();
        services.AddHostedService<SafetyModelWarmup>();
        services.TryAddSingleton(TimeProvider.System);

        var language = IsConfigured(configuration, AzureLanguageOptions.Section);
        var contentSafety = IsConfigured(configuration, ContentSafetyOptions.Section);
        if (language)
        {
            services.TryAddSingleton<LanguageServiceBreaker>();
            services.TryAddSingleton(provider => new AzureLanguageClient(provider.GetRequiredService<IOptions<AzureLanguageOptions>>()));
            services.TryAddSingleton(provider => new RemoteService<AzureLanguageClient>(
                LanguageServiceName, provider.GetRequiredService<AzureLanguageClient>(), provider.GetRequiredService<LanguageServiceBreaker>()));
        }

        if (contentSafety)
        {
            services.TryAddSingleton(provider => new ContentSafetyClient(provider.GetRequiredService<IOptions<ContentSafetyOptions>>()));
            services.TryAddSingleton(provider => new RemoteService<ContentSafetyClient>(
                ContentSafetyServiceName,
                provider.GetRequiredService<ContentSafetyClient>(),
                new LanguageServiceBreaker(provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<IOptions<AzureLanguageOptions>>())));
        }

        if (language || contentSafety)
        {
            services.Replace(ServiceDescriptor.Singleton<ITextAnalyzer, AzureTextAnalyzer>());
        }

        return services;
    }

    private static bool IsConfigured(IConfiguration configuration, string section) =>
        !string.IsNullOrWhiteSpace(configuration[$"{section}:Endpoint"]);
}
