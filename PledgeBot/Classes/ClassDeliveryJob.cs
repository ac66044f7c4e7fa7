using PledgeBot.Dialogs.Ports;

namespace PledgeBot.Classes;

/// <summary>Messages to every seated student after a move: the question, the reveal line, or the end with the score.</summary>
public sealed record ClassDeliveryJob(ClassSession Session, ClassPhase Phase);
