using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine.Turns;

namespace PledgeBot.Dialogs.Engine;

/// <summary>What a step sees: the turn, the content, the flow's typed state and the failed attempts so far.</summary>
public sealed class StepContext<TState>(TurnContext turn, TState state, int attempts)
{
    public TurnContext Turn { get; } = turn;

    public ContentCatalog Content => Turn.Content;

    public TState State { get; } = state;

    /// <summary>Answers to the current prompt that were not understood.</summary>
    public int Attempts { get; } = attempts;

    public Language Language => Turn.Language;

    /// <summary>The user's message, trimmed.</summary>
    public string Text => Turn.Text;

    public Activity Say(TextKey key, SuggestedActions? actions = null, params (string Name, string Value)[] arguments) =>
        Turn.Say(key, actions, arguments);
}
