namespace PledgeBot.Dialogs.Safety.Classifier;

/// <summary>The model's reading of one message: the probabilities of high and of concern-or-high, the most likely
/// category of danger (never <c>none</c>) and how sure the model is of it.</summary>
public readonly record struct RiskScores(double High, double Flag, string Category, double CategoryConfidence = 1);
