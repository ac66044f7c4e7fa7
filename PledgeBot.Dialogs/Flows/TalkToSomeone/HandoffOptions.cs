namespace PledgeBot.Dialogs.Flows.TalkToSomeone;

/// <summary>Human handoff (section Handoff): <c>Mode</c> none, event (the Bot Framework <c>handoff.initiate</c> event
/// to an agent hub) or console (the built-in counsellor console). <c>Enabled=true</c> without a mode means event.</summary>
public sealed class HandoffOptions
{
    public const string Section = "Handoff";

    public bool Enabled { get; set; }

    /// <summary>Null: decided by <see cref="Enabled"/>, as before modes existed.</summary>
    public HandoffMode? Mode { get; set; }

    /// <summary>The agent-hub queue named in the event's value.</summary>
    public string Skill { get; set; } = "counsellor";

    public HandoffMode EffectiveMode => Mode ?? (Enabled ? HandoffMode.Event : HandoffMode.None);
}
