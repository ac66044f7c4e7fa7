using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine.Turns;

namespace PledgeBot.Dialogs.Engine.Prompts;

/// <summary>A reaction rather than an answer: emoji or punctuation only ("👍", "???"), a sticker, or a short word
/// from the content's "reaction" list ("ok", "haha"). During a prompt it gets a gentle re-ask that does not count as
/// a failed attempt; it is never an answer the user could be held to.</summary>
public static class Reactions
{
    public const string CommandId = "reaction";

    public static bool Is(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var match = new PhraseMatch(turn.Text);
        return match.IsEmpty || turn.Content.CommandPhrases(CommandId).Any(phrase => match.Is(phrase) || match.IsLoosely(phrase));
    }
}
