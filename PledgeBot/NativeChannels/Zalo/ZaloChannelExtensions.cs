namespace PledgeBot.NativeChannels.Zalo;

/// <summary>Placeholder until the Zalo adapter lands: the webhook answers 404, as an unconfigured channel does.</summary>
public static class ZaloChannelExtensions
{
    public const string Route = ChannelsEndpoints.Route + "/zalo";

    public static IServiceCollection AddZaloChannel(this IServiceCollection services, IConfiguration configuration) => services;

    public static IEndpointRouteBuilder MapZaloChannel(this IEndpointRouteBuilder app)
    {
        app.MapPost(Route, () => Results.NotFound());
        return app;
    }
}
