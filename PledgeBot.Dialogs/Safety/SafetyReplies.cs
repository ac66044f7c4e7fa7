using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine;
using PledgeBot.Dialogs.Engine.Turns;
using PledgeBot.Dialogs.Ports;

namespace PledgeBot.Dialogs.Safety;

/// <summary>The gentle replies the bot and the safety check share: the one check-in per conversation, and the answer
/// to free text that fits nothing, which says this is a bot and offers a person.</summary>
public static class SafetyReplies
{
    public static void CheckIn(TurnContext turn, IMainMenu menu, string? category)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turn.Say(SafetyText.CheckIn, SafetyChoices.AfterCheckIn(turn, menu.TalkChoice, DialogStack.IsActive(turn)));
        turn.State = turn.State with
        {
            SafetyCheckedIn = true,
            SafetyPause = new SafetyPause(RiskLevel.Concern, category ?? string.Empty),
            Greeted = true,
        };
    }

    /// <summary>Free text that is no command, no menu entry and no answer: the bot says what it is and offers the menu
    /// and "Talk to someone"; when the classifier leans to worry, the check-in instead (once per conversation).</summary>
    public static void NotUnderstood(TurnContext turn, IMainMenu menu)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Analysis is { LeansConcern: true } analysis && !turn.State.SafetyCheckedIn)
        {
            CheckIn(turn, menu, analysis.Categories.Count > 0 ? analysis.Categories[0] : null);
            return;
        }

        turn.Say(Text.Welcome.NotUnderstood, menu.Actions(turn));
    }
}
