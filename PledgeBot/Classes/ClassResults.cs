namespace PledgeBot.Classes;

/// <summary>A class's results: per question asked, the summary, the pre/post gain (with <c>prePost</c>) and the
/// ranking (with <c>showRanking</c>). No personal data: nicknames at most.</summary>
public sealed record ClassResults(
    string Code,
    string Name,
    string Language,
    string Phase,
    IReadOnlyList<ClassQuestionResult> Questions,
    ClassResultSummary Summary,
    IReadOnlyList<ClassGain>? PrePost,
    IReadOnlyList<ClassRankEntry>? Ranking,
    IReadOnlyList<long> ScoreDistribution);
