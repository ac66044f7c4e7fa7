using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Turns;

namespace PledgeBot.Dialogs.Dialogs.Prompts;

/// <summary>Sends a prompt's question; after an answer that was not understood, the hint comes first in the same
/// message, so the user always sees one message with one question.</summary>
public static class PromptText
{
    public static Activity Ask<TState>(StepContext<TState> step, TextKey question, TextKey? hint, SuggestedActions? actions)
    {
        ArgumentNullException.ThrowIfNull(step);
        var text = step.Content.Get(step.Language, question);
        if (hint is { } retry)
        {
            text = step.Content.Get(step.Language, retry) + "\n\n" + text;
        }

        return step.Turn.Send(text, actions);
    }
}
