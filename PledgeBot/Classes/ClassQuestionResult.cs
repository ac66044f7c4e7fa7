namespace PledgeBot.Classes;

/// <summary>One question asked: answers per option (A first), how many answered, how many were right, and the share right.</summary>
public sealed record ClassQuestionResult(int Index, string Id, string Text, IReadOnlyList<long> Answers, long Answered, long Correct, double PercentCorrect);
