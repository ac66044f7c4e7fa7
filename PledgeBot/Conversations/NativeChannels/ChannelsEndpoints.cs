using PledgeBot.Conversations.NativeChannels.Messenger;
using PledgeBot.Conversations.NativeChannels.Telegram;
using PledgeBot.Conversations.NativeChannels.Zalo;

namespace PledgeBot.Conversations.NativeChannels;

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
