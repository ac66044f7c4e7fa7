using PledgeBot.Conversations;

namespace PledgeBot.Conversations.Messages;

/// <summary>Registers what the messaging endpoint needs besides the bot, the Connector, auth and the
/// conversation queue it shares with the native channels (<c>AddChannels</c>).</summary>
public static class MessagesServiceCollectionExtensions
{
    public static IServiceCollection AddMessages(this IServiceCollection services)
    {
        services.AddSingleton<InboundActivityReader>();
        services.AddTurnRunner();
        services.AddSingleton<ConnectorDelivery>();
        services.AddSingleton<MessageTurnQueue>();
        return services;
    }
}
