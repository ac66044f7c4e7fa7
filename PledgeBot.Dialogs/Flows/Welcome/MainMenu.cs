using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine;
using PledgeBot.Dialogs.Engine.Prompts;
using PledgeBot.Dialogs.Engine.Turns;

namespace PledgeBot.Dialogs.Flows.Welcome;

/// <summary>The main menu: resume what was left half done ("Tiếp tục cam kết"), pledge, quiz, talk to someone, and
/// the other language.</summary>
public static class MainMenu
{
    public const string Pledge = "menu.pledge";
    public const string Quiz = "menu.quiz";
    public const string Talk = "menu.talk";

    public static IReadOnlyList<string> Choices { get; } = [Pledge, Quiz, Talk];

    /// <summary>The entries on show for this conversation: a resume entry first while a flow is parked.</summary>
    public static IReadOnlyList<string> ChoicesFor(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return DialogStack.ParkedFlow(turn) is { } parked ? [DialogStack.ResumeChoice(parked), .. Choices] : Choices;
    }

    public static bool IsResume(string entry) =>
        entry is not null && entry.StartsWith(DialogStack.ResumeChoice(string.Empty), StringComparison.Ordinal);

    public static SuggestedActions Actions(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var choices = ChoiceActions.For(turn.Content, turn.Language, ChoicesFor(turn));
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
        return ChoiceRecognizer.Recognize(turn.Text, ChoicesFor(turn), turn.Content);
    }
}
