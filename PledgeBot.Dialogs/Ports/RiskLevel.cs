namespace PledgeBot.Dialogs.Ports;

/// <summary>How worrying a message is.</summary>
public enum RiskLevel
{
    None,
    Concern,
    High,
}
