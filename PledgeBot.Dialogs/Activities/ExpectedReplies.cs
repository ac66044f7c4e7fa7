namespace PledgeBot.Dialogs.Activities;

/// <summary>The body answering an activity sent with deliveryMode expectReplies (Bot Framework SDK,
/// ExpectedReplies).</summary>
public sealed record ExpectedReplies(IReadOnlyList<Activity> Activities);
