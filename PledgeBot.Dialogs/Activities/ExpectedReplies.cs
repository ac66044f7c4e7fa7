namespace PledgeBot.Dialogs.Activities;

/// <summary>The body answering an activity sent with deliveryMode expectReplies (PROTOCOL.md 1.6).</summary>
public sealed record ExpectedReplies(IReadOnlyList<Activity> Activities);
