using PledgeBot.Dialogs;
using PledgeBot.Conversations.Messages;

namespace PledgeBot.Content;

/// <summary>The bot itself (PledgeBot.Dialogs), its options bound to configuration and its content, editable at run time.</summary>
public static class BotFeature
{
    public static IServiceCollection AddBotFeature(this IServiceCollection services)
    {
        services.AddPledgeBotDialogs();
        services.AddEditableContent();
        services.AddDialogOptions();
        return services;
    }
}
