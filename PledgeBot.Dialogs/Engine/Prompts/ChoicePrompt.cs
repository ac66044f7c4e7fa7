using PledgeBot.Dialogs.Content;

namespace PledgeBot.Dialogs.Engine.Prompts;

/// <summary>Asks a question with choices as suggested actions and waits for one of them; an answer that fits several
/// is asked about, with just those.</summary>
public sealed class ChoicePrompt<TState>(
    TextKey question,
    TextKey retry,
    Func<TState, IReadOnlyList<string>> choices,
    Func<TState, string, TState> apply) : Step<TState>
{
    public override Task<StepResult<TState>> EnterAsync(StepContext<TState> step, CancellationToken cancellationToken)
    {
        Reprompt(step, notUnderstood: false);
        return Task.FromResult(StepResult<TState>.Wait(step.State));
    }

    public override Task<StepResult<TState>> ContinueAsync(StepContext<TState> step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        var ids = choices(step.State);
        var match = ChoiceRecognizer.Match(step.Text, ids, step.Content);
        if (match.Picked is { } index)
        {
            return Task.FromResult(StepResult<TState>.Next(apply(step.State, ids[index])));
        }

        if (match.IsAmbiguous)
        {
            ChoiceClarify.Ask(step.Turn, Titles(step, ids), match);
            return Task.FromResult(StepResult<TState>.Wait(step.State));
        }

        return Task.FromResult(StepResult<TState>.Retry(step.State));
    }

    public override void Reprompt(StepContext<TState> step, bool notUnderstood)
    {
        ArgumentNullException.ThrowIfNull(step);
        var ids = choices(step.State);
        NumberedChoices.Ask(step.Turn, step.Content.Get(step.Language, question), notUnderstood ? retry : null, Titles(step, ids));
    }

    private static string[] Titles(StepContext<TState> step, IReadOnlyList<string> ids) =>
        [.. ids.Select(id => step.Content.ChoiceTitle(step.Language, id))];
}
