using PledgeBot.Dialogs.Ports;

namespace PledgeBot.Dialogs.Engine.Turns;

/// <summary>An open safety reply: the flow the user was in waits until they choose to carry on. Holds the risk and
/// category only, never what was said.</summary>
public sealed record SafetyPause(RiskLevel Risk, string Category);
