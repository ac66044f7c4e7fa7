namespace PledgeBot.Staff.Exports;

/// <summary>One line of the quiz export: quizzes finished on a Viet Nam day for one channel and code, with how many
/// scored 0 to 5.</summary>
public sealed record QuizMixRow(string Date, string Channel, string ReferralCode, long Completions, IReadOnlyList<long> Scores)
{
    public const int MaxScore = 5;
}
