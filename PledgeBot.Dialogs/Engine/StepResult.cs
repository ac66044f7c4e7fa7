namespace PledgeBot.Dialogs.Engine;

/// <summary>A step's outcome: the action and the state after it.</summary>
public readonly record struct StepResult<TState>(StepAction Action, TState State, string? ChildFlow = null)
{
    public static StepResult<TState> Next(TState state) => new(StepAction.Next, state);

    public static StepResult<TState> Wait(TState state) => new(StepAction.Wait, state);

    public static StepResult<TState> Retry(TState state) => new(StepAction.Retry, state);

    public static StepResult<TState> Call(TState state, string childFlow) => new(StepAction.Call, state, childFlow);

    public static StepResult<TState> End(TState state) => new(StepAction.End, state);
}
