namespace PledgeBot.Dialogs.Safety.Classifier;

/// <summary>The model's reading of one message: the probabilities of high and of concern-or-high, and the most likely
/// category of danger (never <c>none</c>).</summary>
public readonly record struct RiskScores(double High, double Flag, string Category);
