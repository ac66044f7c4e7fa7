using PledgeBot.Dialogs.Ports;

namespace PledgeBot.Dialogs.Safety.Classifier;

/// <summary>A corpus row with what an analyzer made of it.</summary>
public sealed record ScoredRow(CorpusRow Row, RiskLevel Risk, IReadOnlyList<string> Categories, double HighScore);
