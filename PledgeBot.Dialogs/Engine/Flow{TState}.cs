using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine.Prompts;
using PledgeBot.Dialogs.Engine.Turns;
using ContentText = PledgeBot.Dialogs.Content.Text;

namespace PledgeBot.Dialogs.Engine;

/// <summary>A flow written as a short list of steps over a typed, immutable state record.</summary>
public abstract class Flow<TState> : Flow
    where TState : class, new()
{
    /// <summary>Answers not understood before the prompt stops asking and offers a way on (<see cref="StuckOffer"/>).</summary>
    public const int MaxAttempts = 3;

    private IReadOnlyList<Step<TState>>? _steps;

    protected abstract IReadOnlyList<Step<TState>> Steps { get; }

    /// <summary>How the state is stored: a type of the project's source-generated JSON context.</summary>
    protected abstract JsonTypeInfo<TState> StateType { get; }

    protected static PromptFactory<TState> Ask { get; } = new();

    private IReadOnlyList<Step<TState>> AllSteps => _steps ??= Steps;

    protected static Step<TState> Say(TextKey key) => new SayStep<TState>(key);

    protected static Step<TState> Run(Func<StepContext<TState>, CancellationToken, Task<TState>> action) => new RunStep<TState>(action);

    protected static Step<TState> EndWhen(Func<TState, bool> done) => new EndWhenStep<TState>(done);

    protected static Step<TState> Call(string childFlow, Func<TState, JsonElement, TState> resume) => new CallStep<TState>(childFlow, resume);

    /// <summary>Marks <paramref name="step"/> as the funnel's step <paramref name="ordinal"/> (from 0, in flow order).</summary>
    protected static Step<TState> Milestone(int ordinal, string name, Step<TState> step) => new MilestoneStep<TState>(name, ordinal, step);

    public override Task<FlowOutcome> BeginAsync(TurnContext turn, CancellationToken cancellationToken) =>
        RunFromAsync(turn, 0, new TState(), cancellationToken);

    public override async Task<FlowOutcome> ContinueAsync(TurnContext turn, DialogFrame frame, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(frame);
        if (!TryRead(frame, out var step, out var state))
        {
            return FlowOutcome.Ended(default);
        }

        var context = new StepContext<TState>(turn, state, frame.Attempts);
        if (frame.Attempts >= MaxAttempts && StuckOffer.IsCarryOn(turn))
        {
            step.Reprompt(new StepContext<TState>(turn, state, 0), notUnderstood: false);
            return FlowOutcome.Waiting(Frame(frame.Step, state, 0));
        }

        var result = await step.ContinueAsync(context, cancellationToken);
        if (result.Action != StepAction.Retry)
        {
            return await AfterAsync(turn, frame.Step, result, cancellationToken);
        }

        if (Reactions.Is(turn))
        {
            // "👍" or "haha" is not a wrong answer: ask again kindly, and the attempts stay as they were.
            var before = turn.Replies.Count;
            step.Reprompt(new StepContext<TState>(turn, result.State, frame.Attempts), notUnderstood: false);
            PromptText.Lead(turn, before, ContentText.Prompts.Reaction);
            return FlowOutcome.Waiting(Frame(frame.Step, result.State, frame.Attempts));
        }

        var attempts = Math.Min(frame.Attempts + 1, MaxAttempts);
        if (attempts >= MaxAttempts)
        {
            // Nothing is lost: the flow waits where it was, and "Làm tiếp" or the menu's "resume" brings it back.
            StuckOffer.Send(turn);
            return FlowOutcome.Waiting(Frame(frame.Step, result.State, MaxAttempts));
        }

        step.Reprompt(new StepContext<TState>(turn, result.State, attempts), notUnderstood: true);
        return FlowOutcome.Waiting(Frame(frame.Step, result.State, attempts));
    }

    public override Task<FlowOutcome> ResumeAsync(TurnContext turn, DialogFrame frame, JsonElement result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(frame);
        if (!TryRead(frame, out var step, out var state))
        {
            return Task.FromResult(FlowOutcome.Ended(default));
        }

        var resumed = step.Resume(new StepContext<TState>(turn, state, 0), result);
        return RunFromAsync(turn, frame.Step + 1, resumed, cancellationToken);
    }

    public override void Reprompt(TurnContext turn, DialogFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        if (TryRead(frame, out var step, out var state))
        {
            step.Reprompt(new StepContext<TState>(turn, state, frame.Attempts), notUnderstood: false);
        }
    }

    private async Task<FlowOutcome> RunFromAsync(TurnContext turn, int index, TState state, CancellationToken cancellationToken)
    {
        for (; index < AllSteps.Count; index++)
        {
            if (AllSteps[index] is MilestoneStep<TState> milestone)
            {
                FunnelProgress.Reach(turn, Id, milestone.Ordinal, milestone.Name);
            }

            var result = await AllSteps[index].EnterAsync(new StepContext<TState>(turn, state, 0), cancellationToken);
            if (result.Action != StepAction.Next)
            {
                return await AfterAsync(turn, index, result, cancellationToken);
            }

            state = result.State;
        }

        return FlowOutcome.Ended(JsonSerializer.SerializeToElement(state, StateType));
    }

    private Task<FlowOutcome> AfterAsync(TurnContext turn, int index, StepResult<TState> result, CancellationToken cancellationToken) =>
        result.Action switch
        {
            StepAction.Next => RunFromAsync(turn, index + 1, result.State, cancellationToken),
            StepAction.Wait or StepAction.Retry => Task.FromResult(FlowOutcome.Waiting(Frame(index, result.State, 0))),
            StepAction.Call => Task.FromResult(FlowOutcome.Calling(Frame(index, result.State, 0), result.ChildFlow!)),
            _ => Task.FromResult(FlowOutcome.Ended(JsonSerializer.SerializeToElement(result.State, StateType))),
        };

    private DialogFrame Frame(int step, TState state, int attempts) =>
        new(Id, step, JsonSerializer.SerializeToElement(state, StateType), attempts);

    // A frame saved by an older version of the flow may point past its steps or hold a state shape that no longer
    // reads: the flow then ends rather than failing every turn of that conversation.
    private bool TryRead(DialogFrame frame, out Step<TState> step, out TState state)
    {
        step = null!;
        state = null!;
        if (frame.Step < 0 || frame.Step >= AllSteps.Count)
        {
            return false;
        }

        try
        {
            state = frame.State.Deserialize(StateType) ?? new TState();
        }
        catch (JsonException)
        {
            return false;
        }

        step = AllSteps[frame.Step];
        return true;
    }
}
