using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine.Prompts;
using PledgeBot.Dialogs.Engine.Turns;

namespace PledgeBot.Dialogs.Flows.Welcome;

/// <summary>A "👍" or "ok" with nothing being asked (after a pledge, after the quiz) gets a friendly word and the
/// menu, not "I didn't understand".</summary>
public static class Acknowledgement
{
    public static readonly TextKey Reply = new("welcome.acknowledge");

    /// <summary>Answers a reaction; false when the message is something else.</summary>
    public static bool TrySend(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!Reactions.Is(turn))
        {
            return false;
        }

        turn.Say(Reply, MainMenu.Actions(turn));
        return true;
    }
}
