using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine.Turns;

namespace PledgeBot.Dialogs.Engine.Prompts;

/// <summary>An answer that fits several options ("chặn" in two of them): the bot asks which, with just those as
/// buttons. Not a failed attempt: the user said something sensible.</summary>
public static class ChoiceClarify
{
    public static void Ask(TurnContext turn, IReadOnlyList<string> shownTitles, ChoiceMatch match)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(shownTitles);
        turn.Say(Text.Prompts.Which, NumberedChoices.Buttons(match.Candidates.Select(i => shownTitles[i])));
    }
}
