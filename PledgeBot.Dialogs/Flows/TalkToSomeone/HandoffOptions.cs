namespace PledgeBot.Dialogs.Flows.TalkToSomeone;

/// <summary>Human handoff (section Handoff): when enabled, the help offer proposes a live counsellor and the bot sends
/// the Bot Framework <c>handoff.initiate</c> event to the agent hub behind the channel.</summary>
public sealed class HandoffOptions
{
    public const string Section = "Handoff";

    public bool Enabled { get; set; }

    /// <summary>The agent-hub queue named in the event's value.</summary>
    public string Skill { get; set; } = "counsellor";
}
