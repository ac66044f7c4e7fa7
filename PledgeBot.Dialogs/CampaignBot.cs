using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Turns;

namespace PledgeBot.Dialogs;

/// <summary>Placeholder until the dialog engine lands: greets with a fixed text.</summary>
public sealed class CampaignBot : IBot
{
    public Task OnTurnAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (context.Activity.IsType(ActivityTypes.Message))
        {
            context.Send("xin chào");
        }

        return Task.CompletedTask;
    }
}
