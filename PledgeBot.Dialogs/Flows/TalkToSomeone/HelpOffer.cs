using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine.Turns;

namespace PledgeBot.Dialogs.Flows.TalkToSomeone;

/// <summary>Where to find a person right now: 111 (free, 24/7) and 113. Needs no state, so it answers even when the
/// store is down.</summary>
public static class HelpOffer
{
    public static Activity Send(TurnContext turn, SuggestedActions? actions = null)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.Say(Text.Help.Offer, actions);
    }
}
