using PledgeBot.Dialogs.Content;

namespace PledgeBot.Dialogs.Engine.Prompts;

/// <summary>Asks a yes/no question ("có/không/ừ/ok/yes/no" and their friends from the content).</summary>
public sealed class YesNoPrompt<TState>(TextKey question, Func<TState, bool, TState> apply) : Step<TState>
{
    public const string Yes = "yes";
    public const string No = "no";

    private static readonly string[] s_choices = [Yes, No];

    public override Task<StepResult<TState>> EnterAsync(StepContext<TState> step, CancellationToken cancellationToken)
    {
        Reprompt(step, notUnderstood: false);
        return Task.FromResult(StepResult<TState>.Wait(step.State));
    }

    public override Task<StepResult<TState>> ContinueAsync(StepContext<TState> step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        var chosen = ChoiceRecognizer.Recognize(step.Text, s_choices, step.Content);
        return Task.FromResult(chosen is null
            ? StepResult<TState>.Retry(step.State)
            : StepResult<TState>.Next(apply(step.State, chosen == Yes)));
    }

    public override void Reprompt(StepContext<TState> step, bool notUnderstood)
    {
        ArgumentNullException.ThrowIfNull(step);
        PromptText.Ask(step, question, notUnderstood ? Text.Prompts.RetryYesNo : null, ChoiceActions.For(step.Content, step.Language, s_choices));
    }
}
