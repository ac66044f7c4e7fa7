namespace PledgeBot.Classes;

/// <summary>A question the class found hard: its index, text and the share of answers that were right.</summary>
public sealed record ClassMissedQuestion(int Index, string Text, double PercentCorrect);
