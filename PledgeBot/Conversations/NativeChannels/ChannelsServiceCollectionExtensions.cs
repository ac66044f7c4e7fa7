using PledgeBot.Conversations;
using PledgeBot.Conversations.NativeChannels.Messenger;
using PledgeBot.Conversations.NativeChannels.Telegram;
using PledgeBot.Conversations.NativeChannels.Zalo;

namespace PledgeBot.Conversations.NativeChannels;

/// <summary>Registers the native channels' common core, and each platform whose configuration is present.</summary>
public static class ChannelsServiceCollectionExtensions
{
    public static IServiceCollection AddChannels(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ChannelsOptions>().BindConfiguration(ChannelsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ConversationQueue>();
        services.AddHostedService(provider => provider.GetRequiredService<ConversationQueue>());
        services.AddSingleton<RecentDeliveries>();
        services.AddSingleton<OverflowMemory>();
        services.AddSingleton<ChannelMetrics>();
        services.AddTurnRunner();
        services.AddSingleton<ChannelTurns>();
        services.AddSingleton<ChannelWebhookEndpoint>();
        services.AddZaloChannel(configuration);
        services.AddTelegramChannel(configuration);
        services.AddMessengerChannel(configuration);
        services.AddRenamedChannelKeys();
        return services;
    }
}
