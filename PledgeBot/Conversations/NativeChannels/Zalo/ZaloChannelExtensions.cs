using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using PledgeBot.Health;
using PledgeBot.Store;

namespace PledgeBot.Conversations.NativeChannels.Zalo;

/// <summary>The Zalo OA channel (docs/channels/zalo.md). Registered always, active only when <c>Channels:Zalo</c> has its
/// secrets: otherwise the webhook answers 404 and nothing runs or calls out (configuration is read when first used,
/// since test hosts add theirs after Program's registrations).</summary>
public static class ZaloChannelExtensions
{
    public const string Route = ChannelsEndpoints.Route + "/zalo";

    public static IServiceCollection AddZaloChannel(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ZaloOptions>().BindConfiguration(ZaloOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(provider => new ZaloTokenKeys(
            provider.GetRequiredService<IOptions<StoreOptions>>().Value.KeyPrefix,
            provider.GetRequiredService<IOptions<ZaloOptions>>().Value.OaId ?? "none"));
        services.AddSingleton<ZaloTokenStore>();
        services.AddSingleton<ZaloOAuthClient>();
        services.AddSingleton<ZaloAccessTokens>();
        services.AddSingleton<ZaloClient>();
        // The OA's outbound pace (default 10/s): a burst queues.
        services.AddChannelRateLimiter<ZaloOptions>(ZaloActivities.ChannelId, settings => new(perChatPerSecond: 0, settings.MessagesPerSecond));
        services.AddSingleton<ZaloAdapter>();
        services.AddSingleton<IChannelAdapter>(provider => provider.GetRequiredService<ZaloAdapter>());
        services.AddHostedService<ZaloTokenRefresher>();
        services.AddChannelWebhook<ZaloWebhook>();

        // URLs and bodies carry user ids and the OA's tokens: no HttpClient logging.
        services.AddHttpClient(ZaloClient.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            .RemoveAllLoggers()
            .AddResilienceHandler(ZaloResilience.SendPipeline, ZaloResilience.ConfigureSend);
        services.AddHttpClient(ZaloOAuthClient.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            .RemoveAllLoggers()
            .AddResilienceHandler("zalo-oauth", ZaloResilience.ConfigureOAuth);

        // Degraded, not Unhealthy: /readyz shows the lost token, but a Zalo problem must not take the instance (and
        // with it Web Chat, Telegram and Messenger) out of rotation; another instance could not fix it anyway.
        services.AddHealthChecks().AddCheck<ZaloTokenHealthCheck>(
            ZaloTokenHealthCheck.Name, failureStatus: HealthStatus.Degraded, tags: [HealthEndpoints.ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapZaloChannel(this IEndpointRouteBuilder app)
    {
        app.MapChannelWebhook<ZaloWebhook, ZaloEvent>(Route);
        return app;
    }
}
