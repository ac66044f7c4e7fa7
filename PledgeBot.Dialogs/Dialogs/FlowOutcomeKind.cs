namespace PledgeBot.Dialogs.Dialogs;

/// <summary>The ways a flow can stop for this turn.</summary>
public enum FlowOutcomeKind
{
    Waiting,
    Calling,
    Ended,
}
