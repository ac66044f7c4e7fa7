using Microsoft.Extensions.Logging;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine;

namespace PledgeBot.Dialogs.Engine.Turns;

/// <summary>The one turn-level handler: whatever failed (the store, a flow), the user gets a kind reply in their
/// language with the 111 hotline — the full help text if they asked for help — and never an exception's text.</summary>
public sealed class TurnErrorMiddleware(IHelpOffer help, ILogger<TurnErrorMiddleware> logger) : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext context, TurnHandler next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            await next(context, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.TurnFailed(exception, context.ChannelId, context.Activity.Type ?? "none");
            context.ClearReplies();
            context.Failed = true;
            if (string.IsNullOrEmpty(context.Text))
            {
                return;
            }

            if (context.Command == GlobalCommand.Talk)
            {
                help.Send(context);
            }
            else
            {
                context.Say(Text.Turns.Apology);
            }
        }
    }
}
