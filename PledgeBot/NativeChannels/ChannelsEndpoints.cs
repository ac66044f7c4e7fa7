using PledgeBot.NativeChannels.Messenger;
using PledgeBot.NativeChannels.Telegram;
using PledgeBot.NativeChannels.Zalo;

namespace PledgeBot.NativeChannels;

/// <summary>The native channels' webhooks under <c>/api/channels</c>; a platform without configuration answers 404.</summary>
public static class ChannelsEndpoints
{
    public const string Route = "/api/channels";

    public static IEndpointRouteBuilder MapChannels(this IEndpointRouteBuilder app)
    {
        app.MapZaloChannel();
        app.MapTelegramChannel();
        app.MapMessengerChannel();
        return app;
    }
}
