namespace PledgeBot.Dialogs.Engine;

/// <summary>Runs code over the state (record a pledge, draw questions) and goes on with what it returns.</summary>
public sealed class RunStep<TState>(Func<StepContext<TState>, CancellationToken, Task<TState>> action) : Step<TState>
{
    public override async Task<StepResult<TState>> EnterAsync(StepContext<TState> step, CancellationToken cancellationToken) =>
        StepResult<TState>.Next(await action(step, cancellationToken));
}
