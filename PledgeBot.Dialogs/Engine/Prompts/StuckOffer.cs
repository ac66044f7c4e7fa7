using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine.Turns;

namespace PledgeBot.Dialogs.Engine.Prompts;

/// <summary>After the retry limit the bot stops asking but keeps the flow where it was, and offers a way on: the same
/// question again ("Làm tiếp"), the menu (from where the flow can be resumed), or a person to talk to. "Menu" and the
/// talk button send words the global commands already know.</summary>
public static class StuckOffer
{
    public const string CarryOn = "prompts.carryOn";
    public const string Menu = "prompts.menu";

    // The main menu's own choice, so the button reads the same wherever it appears.
    private const string Talk = "menu.talk";

    public static void Send(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var titles = new[] { CarryOn, Menu, Talk }.Select(id => turn.Content.ChoiceTitle(turn.Language, id));
        turn.Say(Text.Prompts.GiveUp, NumberedChoices.Buttons(titles));
    }

    public static bool IsCarryOn(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var match = new PhraseMatch(turn.Text);
        return !match.IsEmpty && turn.Content.ChoicePhrases(CarryOn).Any(phrase => match.Is(phrase) || match.IsLoosely(phrase));
    }
}
