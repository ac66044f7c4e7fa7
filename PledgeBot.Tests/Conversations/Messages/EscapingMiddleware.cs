using PledgeBot.Dialogs.Engine.Turns;

namespace PledgeBot.Tests.Conversations.Messages;

/// <summary>Runs ahead of the turn error handler and throws, with the user's text as its message, on the one text it
/// is given: a failure nothing inside the turn catches.</summary>
internal sealed class EscapingMiddleware(string text) : ITurnMiddleware
{
    public Task OnTurnAsync(TurnContext context, TurnHandler next, CancellationToken cancellationToken) =>
        context.Activity.Text == text ? throw new InvalidOperationException(context.Activity.Text) : next(context, cancellationToken);
}
