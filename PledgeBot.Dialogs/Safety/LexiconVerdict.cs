using PledgeBot.Dialogs.Ports;

namespace PledgeBot.Dialogs.Safety;

/// <summary>What the lexicon found in one message. <see cref="Cleared"/>: the categories whose words of danger it found
/// but knows to be harmless here (a negation, a look-alike phrase such as "mệt muốn chết" or "từ từ", talk about the
/// news): staff knowledge that the classifier does not overrule — for those categories, or at all when the lexicon
/// found nothing else.</summary>
public sealed record LexiconVerdict(RiskLevel Risk, IReadOnlyList<string> Categories, bool DangerNow)
{
    public static LexiconVerdict Nothing { get; } = new(RiskLevel.None, [], false);

    public IReadOnlyList<string> Cleared { get; init; } = [];
}
