namespace PledgeBot.NativeChannels.Telegram;

/// <summary>Placeholder until the Telegram adapter lands: the webhook answers 404, as an unconfigured channel does.</summary>
public static class TelegramChannelExtensions
{
    public const string Route = ChannelsEndpoints.Route + "/telegram";

    public static IServiceCollection AddTelegramChannel(this IServiceCollection services, IConfiguration configuration) => services;

    public static IEndpointRouteBuilder MapTelegramChannel(this IEndpointRouteBuilder app)
    {
        app.MapPost(Route, () => Results.NotFound());
        return app;
    }
}
