namespace PledgeBot.Dialogs.Engine;

/// <summary>The ways a flow can stop for this turn.</summary>
public enum FlowOutcomeKind
{
    Waiting,
    Calling,
    Ended,
}
