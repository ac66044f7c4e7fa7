using PledgeBot.Dialogs.Ports;

namespace PledgeBot.Dialogs.Safety;

/// <summary>What the lexicon found in one message.</summary>
public sealed record LexiconVerdict(RiskLevel Risk, IReadOnlyList<string> Categories, bool DangerNow)
{
    public static LexiconVerdict Nothing { get; } = new(RiskLevel.None, [], false);
}
