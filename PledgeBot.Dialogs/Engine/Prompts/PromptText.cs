using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine.Turns;

namespace PledgeBot.Dialogs.Engine.Prompts;

/// <summary>Sends a prompt's question; after an answer that was not understood, the hint comes first in the same
/// message, so the user always sees one message with one question.</summary>
public static class PromptText
{
    public static Activity Ask<TState>(StepContext<TState> step, TextKey question, TextKey? hint, SuggestedActions? actions)
    {
        ArgumentNullException.ThrowIfNull(step);
        return Ask(step.Turn, step.Content.Get(step.Language, question), hint, actions);
    }

    /// <summary>A question already put together (a scenario, a quiz card, a province list), with the hint first.</summary>
    public static Activity Ask(TurnContext turn, string question, TextKey? hint, SuggestedActions? actions)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var text = hint is { } retry ? turn.Content.Get(turn.Language, retry) + "\n\n" + question : question;
        return turn.Send(text, actions);
    }

    /// <summary>Puts <paramref name="lead"/> at the head of the first reply queued since <paramref name="from"/>, so
    /// a gentle word and the question stay one message.</summary>
    public static void Lead(TurnContext turn, int from, TextKey lead)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Replies.Count <= from)
        {
            return;
        }

        var text = turn.Content.Get(turn.Language, lead);
        turn.ReplaceAt(from, turn.Replies[from] with { Text = text + "\n\n" + turn.Replies[from].Text });
    }
}
