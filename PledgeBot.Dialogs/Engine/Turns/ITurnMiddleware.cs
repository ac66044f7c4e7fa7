namespace PledgeBot.Dialogs.Engine.Turns;

/// <summary>One link of the turn pipeline: look at the turn, then call <paramref name="next"/> or not.</summary>
public interface ITurnMiddleware
{
    Task OnTurnAsync(TurnContext context, TurnHandler next, CancellationToken cancellationToken);
}
