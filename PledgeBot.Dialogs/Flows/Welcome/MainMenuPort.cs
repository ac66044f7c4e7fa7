using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine;
using PledgeBot.Dialogs.Engine.Turns;

namespace PledgeBot.Dialogs.Flows.Welcome;

/// <summary>The main menu behind the engine's <see cref="IMainMenu"/> port.</summary>
public sealed class MainMenuPort : IMainMenu
{
    public string TalkChoice => MainMenu.Talk;

    public SuggestedActions Actions(TurnContext turn) => MainMenu.Actions(turn);

    public Activity Show(TurnContext turn) => MainMenu.Show(turn);
}
