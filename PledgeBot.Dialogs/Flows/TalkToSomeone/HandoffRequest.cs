namespace PledgeBot.Dialogs.Flows.TalkToSomeone;

/// <summary>The value of handoff.initiate: which agent queue, and why.</summary>
public sealed record HandoffRequest(string Skill, string Reason);
