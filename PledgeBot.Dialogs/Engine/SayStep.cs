using PledgeBot.Dialogs.Content;

namespace PledgeBot.Dialogs.Engine;

/// <summary>Says one text and goes on.</summary>
public sealed class SayStep<TState>(TextKey key) : Step<TState>
{
    public override Task<StepResult<TState>> EnterAsync(StepContext<TState> step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        step.Say(key);
        return Task.FromResult(StepResult<TState>.Next(step.State));
    }
}
