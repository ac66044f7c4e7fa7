using PledgeBot.Dialogs.Activities;

namespace PledgeBot.Dialogs.Engine.Turns;

/// <summary>What a turn produced: replies in order, an invoke response if one was set, and whether the activity was a
/// redelivery that was not processed again.</summary>
public sealed record TurnResult(IReadOnlyList<Activity> Replies, InvokeResponse? InvokeResponse, bool Duplicate)
{
    /// <summary>True when the turn failed and the error middleware answered with its apology.</summary>
    public bool Failed { get; init; }

    /// <summary>The flow and step the conversation waits at after the turn (names from code, never user input); for
    /// traces and logs.</summary>
    public string? Flow { get; init; }

    public int? Step { get; init; }
}
