namespace PledgeBot.Dialogs.Safety.Classifier;

/// <summary>The model's reading of one message: the probabilities of high and of concern-or-high, the most likely
/// category of danger (never <c>none</c>), how sure the model is of it, and the probability that the message is plain
/// chat on no danger's topic at all (the topic head's own reading, independent of the risk head).</summary>
public readonly record struct RiskScores(double High, double Flag, string Category, double CategoryConfidence = 1, double Plain = 0);
