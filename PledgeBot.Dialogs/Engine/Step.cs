using System.Text.Json;

namespace PledgeBot.Dialogs.Engine;

/// <summary>One step of a flow over the typed state <typeparamref name="TState"/>.</summary>
public abstract class Step<TState>
{
    /// <summary>Runs when the flow reaches the step.</summary>
    public abstract Task<StepResult<TState>> EnterAsync(StepContext<TState> step, CancellationToken cancellationToken);

    /// <summary>Runs on the user's next message while the step waits.</summary>
    public virtual Task<StepResult<TState>> ContinueAsync(StepContext<TState> step, CancellationToken cancellationToken) =>
        Task.FromResult(StepResult<TState>.Next(step.State));

    /// <summary>Asks the step's question again: after a wrong answer, help, or a language switch.</summary>
    public virtual void Reprompt(StepContext<TState> step, bool notUnderstood)
    {
    }

    /// <summary>Takes the result of the child flow this step called.</summary>
    public virtual TState Resume(StepContext<TState> step, JsonElement result) => step.State;
}
