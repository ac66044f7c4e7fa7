namespace PledgeBot.Dialogs.Engine;

/// <summary>Ends the flow when the state says there is nothing more to do (an earlier pledge, say).</summary>
public sealed class EndWhenStep<TState>(Func<TState, bool> done) : Step<TState>
{
    public override Task<StepResult<TState>> EnterAsync(StepContext<TState> step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        return Task.FromResult(done(step.State) ? StepResult<TState>.End(step.State) : StepResult<TState>.Next(step.State));
    }
}
