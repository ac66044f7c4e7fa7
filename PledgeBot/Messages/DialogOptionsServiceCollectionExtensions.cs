using PledgeBot.Dialogs.Flows.TalkToSomeone;
using PledgeBot.Dialogs.Engine.Turns;

namespace PledgeBot.Messages;

/// <summary>Binds the bot library's options to configuration, validated at start.</summary>
public static class DialogOptionsServiceCollectionExtensions
{
    public static IServiceCollection AddDialogOptions(this IServiceCollection services)
    {
        services.AddOptions<FloodControlOptions>().BindConfiguration(FloodControlOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<HandoffOptions>().BindConfiguration(HandoffOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }
}
