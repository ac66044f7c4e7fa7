namespace PledgeBot.Classes;

/// <summary>The end screen: students per score (index = right answers), the questions most missed, and the top
/// nicknames only when the class shows a ranking.</summary>
public sealed record ClassEndSummary(IReadOnlyList<long> Scores, IReadOnlyList<ClassMissedQuestion> MostMissed, IReadOnlyList<ClassRankEntry>? Ranking);
