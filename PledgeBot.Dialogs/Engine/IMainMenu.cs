using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Engine.Turns;

namespace PledgeBot.Dialogs.Engine;

/// <summary>The main menu as the engine and the features beside the flows (safety, referrals) reach it; the Welcome
/// flow provides it, so none of them names a flow.</summary>
public interface IMainMenu
{
    /// <summary>The menu entry that asks for a person ("Nói chuyện với ai đó").</summary>
    string TalkChoice { get; }

    /// <summary>The menu's buttons for this conversation.</summary>
    SuggestedActions Actions(TurnContext turn);

    /// <summary>Says the menu prompt with its buttons.</summary>
    Activity Show(TurnContext turn);
}
