using System.Text.Json;

namespace PledgeBot.Dialogs.Engine;

/// <summary>Where a flow stopped this turn.</summary>
public sealed record FlowOutcome(FlowOutcomeKind Kind, DialogFrame? Frame = null, string? ChildFlow = null, JsonElement Result = default)
{
    public static FlowOutcome Waiting(DialogFrame frame) => new(FlowOutcomeKind.Waiting, frame);

    public static FlowOutcome Calling(DialogFrame frame, string childFlow) => new(FlowOutcomeKind.Calling, frame, childFlow);

    public static FlowOutcome Ended(JsonElement result) => new(FlowOutcomeKind.Ended, Result: result);
}
