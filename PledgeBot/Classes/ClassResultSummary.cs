namespace PledgeBot.Classes;

/// <summary>Students seated, those who answered at least one question, those who answered every question asked, and
/// the mean right answers of those who answered any.</summary>
public sealed record ClassResultSummary(long Joined, long AnsweredAtLeastOne, long Completed, double MeanScore);
