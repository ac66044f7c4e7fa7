using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PledgeBot.Auth;

/// <summary>Registers inbound request authentication and the outbound Connector token.</summary>
public static class AuthServiceCollectionExtensions
{
    public static IServiceCollection AddBotAuth(this IServiceCollection services, IConfiguration configuration)
    {
        // The SDK's keys live at the configuration root (MicrosoftAppId, not Auth:MicrosoftAppId), so deployments
        // configured for a Bot Framework SDK bot work unchanged.
        services.AddOptions<BotAuthOptions>().Bind(configuration).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<IRequestAuthenticator, ChannelRequestAuthenticator>();
        services.TryAddSingleton<IConnectorTokenProvider, AnonymousConnectorTokenProvider>();
        return services;
    }
}
