namespace PledgeBot.Dialogs.Safety.Classifier;

/// <summary>For messages the model files under one category: the probability of <c>high</c> from which it is high
/// risk, and the probability of <c>concern</c> or <c>high</c> from which it is a concern.</summary>
public sealed record RiskThreshold(double High, double Concern);
