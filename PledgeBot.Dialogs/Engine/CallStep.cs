using System.Text.Json;

namespace PledgeBot.Dialogs.Engine;

/// <summary>Starts a child flow and folds its result into the parent's state when it ends.</summary>
public sealed class CallStep<TState>(string childFlow, Func<TState, JsonElement, TState> resume) : Step<TState>
{
    public override Task<StepResult<TState>> EnterAsync(StepContext<TState> step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        return Task.FromResult(StepResult<TState>.Call(step.State, childFlow));
    }

    public override TState Resume(StepContext<TState> step, JsonElement result)
    {
        ArgumentNullException.ThrowIfNull(step);
        return resume(step.State, result);
    }
}
