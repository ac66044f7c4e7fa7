namespace PledgeBot.Dialogs.Engine;

/// <summary>What a step asks the flow to do next.</summary>
public enum StepAction
{
    /// <summary>Go on to the next step.</summary>
    Next,

    /// <summary>Stay on this step until the user's next message.</summary>
    Wait,

    /// <summary>The answer was not understood: ask again, up to the retry limit.</summary>
    Retry,

    /// <summary>Start a child flow; its result comes back to this step.</summary>
    Call,

    /// <summary>End this flow now, with the state as its result.</summary>
    End,
}
