using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using PledgeBot.Dialogs.Flows.TalkToSomeone.Counsel;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Secrets;
using PledgeBot.Settings;
using PledgeBot.Store;

namespace PledgeBot.Counsel;

public static class CounselServiceCollectionExtensions
{
    /// <summary>The counsellor console (<c>Counsel</c> section): the queue in the store behind the flow's port, the
    /// counsellor keys' scheme and <see cref="CounselAuth.Policy"/>, the sweeper for waits that run out, the export.</summary>
    public static IServiceCollection AddCounsel(this IServiceCollection services)
    {
        services.AddOptions<CounselOptions>().BindConfiguration(CounselOptions.Section)
            .ReadsRenamedDuration("Counsel:TranscriptHours", "Counsel:TranscriptLifetime", TimeSpan.FromHours(1), (o, v) => o.TranscriptLifetime = v)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddGeneratedKeys();
        services.AddSingleton(provider => new CounselRedisKeys(provider.GetRequiredService<IOptions<StoreOptions>>().Value.KeyPrefix));
        services.AddSingleton<TranscriptCipher>();
        services.LoadAtStart<TranscriptCipher>();
        services.AddSingleton<CounselReferences>();
        services.AddSingleton<CounselChats>();
        services.AddSingleton<CounselTranscripts>();
        services.AddSingleton<CounselStats>();
        services.AddSingleton<CounselAudit>();
        services.AddSingleton<CounselDelivery>();
        services.AddSingleton<CounselConsole>();
        services.AddSingleton<RedisCounselQueue>();
        services.AddSingleton<ICounselQueue>(provider => provider.GetRequiredService<RedisCounselQueue>());
        services.AddSingleton<CounselExportQuery>();
        services.AddSingleton<CounselPage>();
        services.AddSingleton<CounsellorKeys>();
        services.LoadAtStart<CounsellorKeys>();
        services.AddHostedService<CounselSweeper>();
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, CounselAuthenticationHandler>(CounselAuth.Scheme, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(CounselAuth.Policy, policy => policy.AddAuthenticationSchemes(CounselAuth.Scheme).RequireAuthenticatedUser());
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, CounselJsonContext.Default));
        return services;
    }

    /// <summary>The console's page and API, and its staff export.</summary>
    public static IEndpointRouteBuilder MapCounselConsole(this IEndpointRouteBuilder app)
    {
        app.MapCounsel();
        app.MapCounselExport();
        return app;
    }
}
