using PledgeBot.Dialogs.Content;

namespace PledgeBot.Dialogs.Engine.Prompts;

/// <summary>Asks for typed text and keeps only what <c>recognize</c> makes of it (a province, an age band), never
/// the raw text: free-text answers are not stored (README.md, "Where the data lives").</summary>
public sealed class TextPrompt<TState>(
    TextKey question,
    TextKey retry,
    Func<string, string?> recognize,
    Func<TState, string, TState> apply) : Step<TState>
{
    /// <summary>Longer answers are not considered: nobody's province takes a paragraph.</summary>
    public const int MaxLength = 200;

    public override Task<StepResult<TState>> EnterAsync(StepContext<TState> step, CancellationToken cancellationToken)
    {
        Reprompt(step, notUnderstood: false);
        return Task.FromResult(StepResult<TState>.Wait(step.State));
    }

    public override Task<StepResult<TState>> ContinueAsync(StepContext<TState> step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        var value = step.Text.Length is > 0 and <= MaxLength ? recognize(step.Text) : null;
        return Task.FromResult(value is null
            ? StepResult<TState>.Retry(step.State)
            : StepResult<TState>.Next(apply(step.State, value)));
    }

    public override void Reprompt(StepContext<TState> step, bool notUnderstood)
    {
        ArgumentNullException.ThrowIfNull(step);
        PromptText.Ask(step, question, notUnderstood ? retry : null, actions: null);
    }
}
