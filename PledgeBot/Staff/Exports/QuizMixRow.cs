namespace PledgeBot.Staff.Exports;

/// <summary>One line of the quiz export: quizzes finished on a Viet Nam day for one channel and code, with how many
/// scored 0 to 5.</summary>
public sealed record QuizMixRow(string Date, string Channel, string ReferralCode, long Completions, IReadOnlyList<long> Scores)
    : IExportRow<QuizMixRow>
{
    public const int MaxScore = 5;

    public static ExportLayout<QuizMixRow> Columns { get; } = new ExportLayout<QuizMixRow>()
        .Text("date", row => row.Date)
        .Text("channel", row => row.Channel)
        .Text("referral_code", row => row.ReferralCode)
        .Number("completions", row => row.Completions)
        .Numbers(MaxScore + 1, score => $"score_{score}", _ => "scores[]", (row, score) => row.Scores[score]);
}
