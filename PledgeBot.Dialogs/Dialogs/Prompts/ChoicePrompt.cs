using PledgeBot.Dialogs.Content;

namespace PledgeBot.Dialogs.Dialogs.Prompts;

/// <summary>Asks a question with choices as suggested actions and waits for one of them.</summary>
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
        var chosen = ChoiceRecognizer.Recognize(step.Text, choices(step.State), step.Content);
        return Task.FromResult(chosen is null
            ? StepResult<TState>.Retry(step.State)
            : StepResult<TState>.Next(apply(step.State, chosen)));
    }

    public override void Reprompt(StepContext<TState> step, bool notUnderstood)
    {
        ArgumentNullException.ThrowIfNull(step);
        PromptText.Ask(step, question, notUnderstood ? retry : null, ChoiceActions.For(step.Content, step.Language, choices(step.State)));
    }
}
