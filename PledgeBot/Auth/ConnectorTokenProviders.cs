using Azure.Identity;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace PledgeBot.Auth;

/// <summary>Picks the outbound credential by MicrosoftAppType (Bot Framework SDK). Read when first needed, not at
/// registration: test hosts add their configuration after Program has registered services.</summary>
internal static class ConnectorTokenProviders
{
    public static IConnectorTokenProvider Create(IServiceProvider services)
    {
        var auth = services.GetRequiredService<IOptions<BotAuthOptions>>().Value;
        if (auth.IsAnonymous)
        {
            return new AnonymousConnectorTokenProvider();
        }

        var appId = auth.MicrosoftAppId!.Trim();
        if (auth.IsUserAssignedMsi)
        {
            var credential = new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(appId));
            return new ManagedIdentityConnectorTokenProvider(
                credential,
                services.GetRequiredService<TimeProvider>(),
                services.GetRequiredService<ILogger<ManagedIdentityConnectorTokenProvider>>());
        }

        var botFramework = services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;
        var builder = ConfidentialClientApplicationBuilder.Create(appId)
            .WithClientSecret(auth.MicrosoftAppPassword)
            .WithHttpClientFactory(new MsalHttpClients(services.GetRequiredService<IHttpClientFactory>()));
        if (!string.IsNullOrWhiteSpace(botFramework.OAuthAuthority))
        {
            // An authority MSAL does not know (a sovereign cloud, a test issuer): no instance discovery against it.
            builder = builder.WithAuthority(botFramework.OAuthAuthority, validateAuthority: false).WithInstanceDiscovery(false);
        }
        else
        {
            builder = builder.WithAuthority(auth.IsMultiTenant
                ? ConnectorScopes.MultiTenantAuthority
                : ConnectorScopes.SingleTenantAuthority(auth.MicrosoftAppTenantId!.Trim()));
        }

        return new MsalConnectorTokenProvider(builder.Build(), services.GetRequiredService<ILogger<MsalConnectorTokenProvider>>());
    }
}
