using Microsoft.Extensions.Http.Resilience;

namespace PledgeBot.NativeChannels.Messenger;

/// <summary>The Messenger channel: its options, Send API client and webhook. Without <c>Channels:Messenger</c> keys the
/// webhook answers 404 and nothing of it runs; the client is registered but never called.</summary>
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
        services.AddSingleton<MessengerAdapter>();
        services.AddSingleton<IChannelAdapter>(provider => provider.GetRequiredService<MessengerAdapter>());
        services.AddSingleton<MessengerWebhook>();
        return services;
    }

    public static IEndpointRouteBuilder MapMessengerChannel(this IEndpointRouteBuilder app)
    {
        var messenger = app.MapGroup(Route).WithTags("Channels");
        messenger.MapGet(string.Empty, (HttpRequest request, MessengerWebhook webhook) => webhook.Verify(request));
        messenger.MapPost(string.Empty, (HttpRequest request, MessengerWebhook webhook, CancellationToken cancellationToken) =>
            webhook.ReceiveAsync(request, cancellationToken));
        return app;
    }
}
