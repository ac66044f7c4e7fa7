using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine.Turns;

namespace PledgeBot.Dialogs.Engine;

/// <summary>Runs flows on the conversation's dialog stack (kept in <see cref="ConversationState.Stack"/>): starts
/// them, hands the user's answers to the innermost one, returns a child's result to its parent.</summary>
public sealed class DialogStack(FlowCatalog flows)
{
    private static readonly System.Text.Json.JsonElement s_emptyState = System.Text.Json.JsonDocument.Parse("{}").RootElement.Clone();

    public static bool IsActive(TurnContext turn) => turn.State.Stack.Count > 0;

    /// <summary>The flow at the bottom of the parked stack, while one waits to be resumed from the menu.</summary>
    public static string? ParkedFlow(TurnContext turn) => turn?.State.Parked is [var root, ..] ? root.Flow : null;

    /// <summary>Starts <paramref name="flowId"/> on an empty stack; a parked run of the same flow is dropped, since
    /// the user chose to start it again.</summary>
    public async Task BeginAsync(TurnContext turn, string flowId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var flow = Find(flowId);
        var parked = ParkedFlow(turn) == flowId ? [] : turn.State.Parked;
        turn.State = turn.State with { Stack = [Placeholder(flow)], Parked = parked };
        await ApplyAsync(turn, await flow.BeginAsync(turn, cancellationToken), cancellationToken);
    }

    /// <summary>Gives the user's message to the innermost flow.</summary>
    public async Task ContinueAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var frame = turn.State.Stack[^1];
        if (!flows.TryGet(frame.Flow, out var flow))
        {
            // A flow removed in a newer version: its conversations go back to the menu.
            CancelAll(turn);
            return;
        }

        await ApplyAsync(turn, await flow.ContinueAsync(turn, frame, cancellationToken), cancellationToken);
    }

    /// <summary>Asks the innermost flow's pending question again.</summary>
    public void Reprompt(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (IsActive(turn) && flows.TryGet(turn.State.Stack[^1].Flow, out var flow))
        {
            flow.Reprompt(turn, turn.State.Stack[^1]);
        }
    }

    /// <summary>Sets the active flows aside for the menu, to be resumed later in the conversation (until the state
    /// expires). Only flows whose content offers a way back (a <c>resume.&lt;flow&gt;</c> choice) are kept.</summary>
    public static void Park(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.State.Stack is [var root, ..] && turn.Content.HasChoice(ResumeChoice(root.Flow)))
        {
            turn.State = turn.State with { Parked = turn.State.Stack };
        }

        CancelAll(turn);
    }

    /// <summary>Brings the parked flows back and asks their pending question again.</summary>
    public bool Resume(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.State.Parked is not [.., var innermost] parked)
        {
            return false;
        }

        turn.State = turn.State with { Stack = [.. parked.SkipLast(1), innermost with { Attempts = 0 }], Parked = [] };
        Reprompt(turn);
        return true;
    }

    /// <summary>The menu choice that resumes <paramref name="flowId"/> ("resume.pledge": "Tiếp tục cam kết").</summary>
    public static string ResumeChoice(string flowId) => $"resume.{flowId}";

    public static void CancelAll(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turn.State = turn.State with { Stack = [] };
    }

    private async Task ApplyAsync(TurnContext turn, FlowOutcome outcome, CancellationToken cancellationToken)
    {
        while (true)
        {
            var stack = turn.State.Stack;
            switch (outcome.Kind)
            {
                case FlowOutcomeKind.Waiting:
                    turn.State = turn.State with { Stack = [.. stack.SkipLast(1), outcome.Frame!] };
                    return;

                case FlowOutcomeKind.Calling:
                    turn.State = turn.State with { Stack = [.. stack.SkipLast(1), outcome.Frame!] };
                    var child = Find(outcome.ChildFlow!);
                    turn.State = turn.State with { Stack = [.. turn.State.Stack, Placeholder(child)] };
                    outcome = await child.BeginAsync(turn, cancellationToken);
                    break;

                default:
                    var remaining = stack.SkipLast(1).ToArray();
                    turn.State = turn.State with { Stack = remaining };
                    if (remaining.Length == 0)
                    {
                        return;
                    }

                    var parent = remaining[^1];
                    outcome = await Find(parent.Flow).ResumeAsync(turn, parent, outcome.Result, cancellationToken);
                    break;
            }
        }
    }

    // Stands for a flow being started until its first step answers with its real frame.
    private static DialogFrame Placeholder(Flow flow) => new(flow.Id, 0, s_emptyState);

    private Flow Find(string flowId) =>
        flows.TryGet(flowId, out var flow) ? flow : throw new InvalidOperationException($"No flow is registered as '{flowId}'.");
}
