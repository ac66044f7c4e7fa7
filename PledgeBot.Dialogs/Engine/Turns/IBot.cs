namespace PledgeBot.Dialogs.Engine.Turns;

/// <summary>The bot's own turn handler, reached after every middleware.</summary>
public interface IBot
{
    Task OnTurnAsync(TurnContext context, CancellationToken cancellationToken);
}
