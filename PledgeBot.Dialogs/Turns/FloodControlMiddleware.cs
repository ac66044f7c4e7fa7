namespace PledgeBot.Dialogs.Turns;

/// <summary>Placeholder until written: passes every turn on.</summary>
public sealed class FloodControlMiddleware : ITurnMiddleware
{
    public Task OnTurnAsync(TurnContext context, TurnHandler next, CancellationToken cancellationToken) => next(context, cancellationToken);
}
