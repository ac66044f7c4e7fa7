using System.Text.Json;
using PledgeBot.Dialogs.Engine.Turns;

namespace PledgeBot.Dialogs.Engine;

/// <summary>A named flow the dialog stack can hold; see <see cref="Flow{TState}"/> for how flows are written.</summary>
public abstract class Flow
{
    public abstract string Id { get; }

    public abstract Task<FlowOutcome> BeginAsync(TurnContext turn, CancellationToken cancellationToken);

    public abstract Task<FlowOutcome> ContinueAsync(TurnContext turn, DialogFrame frame, CancellationToken cancellationToken);

    public abstract Task<FlowOutcome> ResumeAsync(TurnContext turn, DialogFrame frame, JsonElement result, CancellationToken cancellationToken);

    public abstract void Reprompt(TurnContext turn, DialogFrame frame);
}
