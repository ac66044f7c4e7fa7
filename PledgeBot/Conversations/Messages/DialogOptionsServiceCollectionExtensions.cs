using PledgeBot.Dialogs.Engine.Turns;
using PledgeBot.Dialogs.Flows.TalkToSomeone;
using PledgeBot.Settings;

namespace PledgeBot.Conversations.Messages;

/// <summary>Binds the bot library's options to configuration, validated at start.</summary>
public static class DialogOptionsServiceCollectionExtensions
{
    public static IServiceCollection AddDialogOptions(this IServiceCollection services)
    {
        services.AddOptions<FloodControlOptions>().BindConfiguration(FloodControlOptions.Section)
            .ReadsRenamedDuration("FloodControl:WindowSeconds", "FloodControl:Window", TimeSpan.FromSeconds(1), (o, v) => o.Window = v)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<HandoffOptions>().BindConfiguration(HandoffOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }
}
