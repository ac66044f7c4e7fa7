using PledgeBot.Dialogs.Activities;

namespace PledgeBot.Dialogs.Turns;

/// <summary>What a turn produced: replies in order, an invoke response if one was set, and whether the activity was a
/// redelivery that was not processed again.</summary>
public sealed record TurnResult(IReadOnlyList<Activity> Replies, InvokeResponse? InvokeResponse, bool Duplicate);
