namespace PledgeBot.Dialogs.Ports;

/// <summary>Where a class session is: waiting for the start, a question open, its answer shown, or over.</summary>
public enum ClassPhase
{
    Lobby,
    Question,
    Reveal,
    Ended,
}
