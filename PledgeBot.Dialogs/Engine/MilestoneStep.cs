using System.Text.Json;

namespace PledgeBot.Dialogs.Engine;

/// <summary>A step of a flow that is also a step of its funnel: behaves exactly as the step it wraps, and the flow
/// notes that the conversation reached it (<see cref="FunnelProgress"/>). Wrapping keeps the steps' indices, so
/// frames saved before a milestone was added still point at the right step.</summary>
public sealed class MilestoneStep<TState>(string name, int ordinal, Step<TState> inner) : Step<TState>
{
    public string Name { get; } = name;

    /// <summary>The milestone's place among its flow's milestones, from 0.</summary>
    public int Ordinal { get; } = ordinal;

    public override Task<StepResult<TState>> EnterAsync(StepContext<TState> step, CancellationToken cancellationToken) =>
        inner.EnterAsync(step, cancellationToken);

    public override Task<StepResult<TState>> ContinueAsync(StepContext<TState> step, CancellationToken cancellationToken) =>
        inner.ContinueAsync(step, cancellationToken);

    public override void Reprompt(StepContext<TState> step, bool notUnderstood) => inner.Reprompt(step, notUnderstood);

    public override TState Resume(StepContext<TState> step, JsonElement result) => inner.Resume(step, result);
}
