using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PledgeBot.Auth;

/// <summary>Registers inbound request authentication, the trusted serviceUrls and the outbound Connector token.</summary>
public static class AuthServiceCollectionExtensions
{
    public static IServiceCollection AddBotAuth(this IServiceCollection services, IConfiguration configuration)
    {
        // The SDK's keys live at the configuration root (MicrosoftAppId, not Auth:MicrosoftAppId), so deployments
        // configured for a Bot Framework SDK bot work unchanged.
        services.AddOptions<BotAuthOptions>().Bind(configuration).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<BotFrameworkOptions>().BindConfiguration(BotFrameworkOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        // Key and token endpoints never redirect; the default HttpClient logs would only add noise per fetch.
        services.AddHttpClient(SigningKeySources.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(10)).RemoveAllLoggers();
        services.AddHttpClient(MsalHttpClients.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(10)).RemoveAllLoggers();

        services.TryAddSingleton<SigningKeySources>();
        services.TryAddSingleton<BotTokenValidator>();
        services.TryAddSingleton<TrustedServiceUrls>();
        services.TryAddSingleton<IRequestAuthenticator, ChannelRequestAuthenticator>();
        services.TryAddSingleton(ConnectorTokenProviders.Create);
        return services;
    }
}
