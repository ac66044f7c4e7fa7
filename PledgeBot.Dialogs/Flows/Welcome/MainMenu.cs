using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Dialogs.Prompts;
using PledgeBot.Dialogs.Turns;

namespace PledgeBot.Dialogs.Flows.Welcome;

/// <summary>The main menu: pledge, quiz, talk to someone, and the other language.</summary>
public static class MainMenu
{
    public const string Pledge = "menu.pledge";
    public const string Quiz = "menu.quiz";
    public const string Talk = "menu.talk";

    public static IReadOnlyList<string> Choices { get; } = [Pledge, Quiz, Talk];

    public static SuggestedActions Actions(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var choices = ChoiceActions.For(turn.Content, turn.Language, Choices);
        var otherLanguage = turn.Content.Get(turn.Language, Text.Menu.OtherLanguage);
        return choices with { Actions = [.. choices.Actions, CardAction.ImBack(otherLanguage, otherLanguage)] };
    }

    public static Activity Show(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.Say(Text.Menu.Prompt, Actions(turn));
    }

    /// <summary>Which menu entry a typed message means, if any.</summary>
    public static string? Recognize(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return ChoiceRecognizer.Recognize(turn.Text, Choices, turn.Content);
    }
}
