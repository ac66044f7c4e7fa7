namespace PledgeBot.Messages;

/// <summary>Registers what the messaging endpoint needs besides the bot, the Connector and auth.</summary>
public static class MessagesServiceCollectionExtensions
{
    public static IServiceCollection AddMessages(this IServiceCollection services)
    {
        services.AddSingleton<InboundActivityReader>();
        services.AddSingleton<MessageTurnRunner>();
        return services;
    }
}
