using Microsoft.Extensions.Http.Resilience;

namespace PledgeBot.Conversations.NativeChannels.Messenger;

/// <summary>The Messenger channel: its options, Send API client and pace, its webhook in the channel template and the
/// <c>hub.*</c> handshake. Without <c>Channels:Messenger</c> secrets the webhook answers 404 and nothing of it runs; the
/// client is registered but never called.</summary>
public static class MessengerChannelExtensions
{
    public const string Route = ChannelsEndpoints.Route + "/messenger";

    public static IServiceCollection AddMessengerChannel(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MessengerOptions>().BindConfiguration(MessengerOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient<MessengerClient>(http => http.Timeout = Timeout.InfiniteTimeSpan)
            // Graph never redirects a send; the adapter's client lives as long as the app, so connections are renewed.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            // The default HttpClient logs print full URLs, and the Send API's carries the Page access token.
            .RemoveAllLoggers()
            .AddResilienceHandler(MessengerResilience.PipelineName, MessengerResilience.Configure);
        // One Page per configuration, so one limiter for it; Messenger sets no per-thread pace worth pacing to.
        services.AddChannelRateLimiter<MessengerOptions>(MessengerEvents.ChannelId, settings => new(perChatPerSecond: 0, settings.MessagesPerSecond));
        services.AddSingleton<MessengerAdapter>();
        services.AddSingleton<IChannelAdapter>(provider => provider.GetRequiredService<MessengerAdapter>());
        services.AddChannelWebhook<MessengerWebhook>();
        services.AddSingleton<MessengerVerification>();
        return services;
    }

    public static IEndpointRouteBuilder MapMessengerChannel(this IEndpointRouteBuilder app)
    {
        app.MapGet(Route, (HttpRequest request, MessengerVerification verification) => verification.Verify(request))
            .WithTags(ChannelTemplateExtensions.Tag);
        app.MapChannelWebhook<MessengerWebhook, MessengerDelivery>(Route);
        return app;
    }
}
