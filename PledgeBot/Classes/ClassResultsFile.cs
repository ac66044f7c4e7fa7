using System.Globalization;
using PledgeBot.Staff.Exports;

namespace PledgeBot.Classes;

/// <summary>A class's results as CSV with the exports' writer (UTF-8 BOM, RFC 4180, formula cells neutralised): one
/// <c>question</c> row per question asked, then <c>summary</c> rows, <c>gain</c> rows with pre/post and
/// <c>ranking</c> rows when the class shows one. Columns a kind does not use stay empty.</summary>
internal static class ClassResultsFile
{
    public static readonly string[] Header =
    [
        "kind", "index", "question_id", "question", "answers_a", "answers_b", "answers_c", "answers_d", "answered", "correct",
        "percent_correct", "metric", "value", "nickname",
    ];

    public static Task WriteCsvAsync(Stream body, ClassResults results, CancellationToken cancellationToken) =>
        ExportCsv.WriteAsync(body, Header, Rows(results).ToAsyncEnumerable(), row => row, cancellationToken);

    private static IEnumerable<string[]> Rows(ClassResults results)
    {
        foreach (var q in results.Questions)
        {
            yield return
            [
                "question", Number(q.Index + 1), q.Id, q.Text, Answer(q, 0), Answer(q, 1), Answer(q, 2), Answer(q, 3),
                Number(q.Answered), Number(q.Correct), Decimal(q.PercentCorrect), "", "", "",
            ];
        }

        var s = results.Summary;
        foreach (var (metric, value) in new[]
        {
            ("class_code", results.Code), ("class_name", results.Name), ("joined", Number(s.Joined)), ("answered_at_least_one", Number(s.AnsweredAtLeastOne)), ("completed", Number(s.Completed)),
            ("mean_score", Decimal(s.MeanScore)),
        })
        {
            yield return ["summary", "", "", "", "", "", "", "", "", "", "", metric, value, ""];
        }

        foreach (var gain in results.PrePost ?? [])
        {
            yield return ["gain", "", gain.Id, gain.Text, "", "", "", "", "", "", "", "pre_percent_correct", Decimal(gain.PrePercent), ""];
            yield return ["gain", "", gain.Id, gain.Text, "", "", "", "", "", "", "", "post_percent_correct", Decimal(gain.PostPercent), ""];
            yield return ["gain", "", gain.Id, gain.Text, "", "", "", "", "", "", "", "gain_points", Decimal(gain.Gain), ""];
        }

        var rank = 0;
        foreach (var entry in results.Ranking ?? [])
        {
            yield return ["ranking", Number(++rank), "", "", "", "", "", "", "", "", "", "score", Number(entry.Score), entry.Nickname];
        }
    }

    private static string Answer(ClassQuestionResult question, int option) => option < question.Answers.Count ? Number(question.Answers[option]) : "";

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Decimal(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
