namespace PledgeBot.NativeChannels.Messenger;

/// <summary>Placeholder until the Messenger adapter lands: the webhook answers 404, as an unconfigured channel does.</summary>
public static class MessengerChannelExtensions
{
    public const string Route = ChannelsEndpoints.Route + "/messenger";

    public static IServiceCollection AddMessengerChannel(this IServiceCollection services, IConfiguration configuration) => services;

    public static IEndpointRouteBuilder MapMessengerChannel(this IEndpointRouteBuilder app)
    {
        app.MapPost(Route, () => Results.NotFound());
        return app;
    }
}
