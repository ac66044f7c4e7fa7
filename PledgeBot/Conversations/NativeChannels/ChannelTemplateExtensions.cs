using Microsoft.Extensions.Options;

namespace PledgeBot.Conversations.NativeChannels;

/// <summary>How a platform plugs into the channel template: its webhook (an <see cref="IChannelWebhook{TUpdate}"/>,
/// run by <see cref="ChannelWebhookEndpoint"/>) and its outbound pace (one <see cref="ChannelRateLimiter"/> per
/// platform account, keyed by channel id), registered and mapped the same way for every platform.</summary>
public static class ChannelTemplateExtensions
{
    public const string Tag = "Channels";

    public static IServiceCollection AddChannelWebhook<TWebhook>(this IServiceCollection services)
        where TWebhook : class
    {
        services.AddSingleton<TWebhook>();
        return services;
    }

    /// <summary>The platform account's limiter, made from its options when first asked for (and its buckets at the
    /// first message); adapters take it as <c>[FromKeyedServices(channelId)] ChannelRateLimiter</c>.</summary>
    public static IServiceCollection AddChannelRateLimiter<TOptions>(
        this IServiceCollection services, string channelId, Func<TOptions, ChannelRateLimiter> create)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(create);
        services.AddKeyedSingleton(channelId, (provider, _) => create(provider.GetRequiredService<IOptions<TOptions>>().Value));
        return services;
    }

    /// <summary>Maps <c>POST {route}</c> to the pipeline. A platform whose parts are registered only when it is configured
    /// (Telegram) is off by registration: its route answers the same empty 404 as a disabled one.</summary>
    public static RouteHandlerBuilder MapChannelWebhook<TWebhook, TUpdate>(this IEndpointRouteBuilder app, string route)
        where TWebhook : class, IChannelWebhook<TUpdate>
        where TUpdate : class
    {
        ArgumentNullException.ThrowIfNull(app);
        // Asked without building it: the webhook's parts reach the store, which starts with the host, not here.
        if (!app.ServiceProvider.GetRequiredService<IServiceProviderIsService>().IsService(typeof(TWebhook)))
        {
            return app.MapPost(route, () => TypedResults.NotFound()).WithTags(Tag);
        }

        return app.MapPost(route, (HttpRequest request, TWebhook webhook, ChannelWebhookEndpoint endpoint, CancellationToken cancellationToken) =>
            endpoint.HandleAsync(webhook, request, cancellationToken)).WithTags(Tag);
    }
}
