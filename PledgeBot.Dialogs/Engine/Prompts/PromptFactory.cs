using PledgeBot.Dialogs.Content;
using ContentText = PledgeBot.Dialogs.Content.Text;

namespace PledgeBot.Dialogs.Engine.Prompts;

/// <summary>The prompts a flow over <typeparamref name="TState"/> can ask; reached as <c>Ask</c> inside a flow.</summary>
public sealed class PromptFactory<TState>
{
    public Step<TState> Choice(TextKey question, IReadOnlyList<string> choices, Func<TState, string, TState> apply) =>
        new ChoicePrompt<TState>(question, ContentText.Prompts.RetryChoice, _ => choices, apply);

    /// <summary>A choice whose options depend on the state (the provinces of the region picked before).</summary>
    public Step<TState> Choice(TextKey question, Func<TState, IReadOnlyList<string>> choices, Func<TState, string, TState> apply) =>
        new ChoicePrompt<TState>(question, ContentText.Prompts.RetryChoice, choices, apply);

    public Step<TState> YesNo(TextKey question, Func<TState, bool, TState> apply) => new YesNoPrompt<TState>(question, apply);

    public Step<TState> Text(TextKey question, Func<string, string?> recognize, Func<TState, string, TState> apply) =>
        new TextPrompt<TState>(question, ContentText.Prompts.RetryText, recognize, apply);
}
