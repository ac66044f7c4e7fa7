using System.Globalization;
using PledgeBot.Staff.Exports;

namespace PledgeBot.Classes;

/// <summary>A class's results as CSV with the exports' writer (UTF-8 BOM, RFC 4180, formula cells neutralised): one
/// <c>question</c> row per question asked, then <c>summary</c> rows, <c>gain</c> rows with pre/post and
/// <c>ranking</c> rows when the class shows one. The columns are <see cref="ClassResultLine"/>'s.</summary>
internal static class ClassResultsFile
{
    public static Task WriteCsvAsync(Stream body, ClassResults results, CancellationToken cancellationToken) =>
        ExportCsv.WriteAsync(body, Lines(results).ToAsyncEnumerable(), cancellationToken);

    private static IEnumerable<ClassResultLine> Lines(ClassResults results)
    {
        foreach (var q in results.Questions)
        {
            yield return new ClassResultLine("question")
            {
                Index = Number(q.Index + 1), QuestionId = q.Id, Question = q.Text,
                Answers = [.. q.Answers.Select(Number)],
                Answered = Number(q.Answered), Correct = Number(q.Correct), PercentCorrect = Decimal(q.PercentCorrect),
            };
        }

        var s = results.Summary;
        foreach (var (metric, value) in new[]
        {
            ("class_code", results.Code), ("class_name", results.Name), ("joined", Number(s.Joined)), ("answered_at_least_one", Number(s.AnsweredAtLeastOne)), ("completed", Number(s.Completed)),
            ("mean_score", Decimal(s.MeanScore)),
        })
        {
            yield return new ClassResultLine("summary") { Metric = metric, Value = value };
        }

        foreach (var gain in results.PrePost ?? [])
        {
            foreach (var (metric, value) in new[] { ("pre_percent_correct", gain.PrePercent), ("post_percent_correct", gain.PostPercent), ("gain_points", gain.Gain) })
            {
                yield return new ClassResultLine("gain") { QuestionId = gain.Id, Question = gain.Text, Metric = metric, Value = Decimal(value) };
            }
        }

        var rank = 0;
        foreach (var entry in results.Ranking ?? [])
        {
            yield return new ClassResultLine("ranking") { Index = Number(++rank), Metric = "score", Value = Number(entry.Score), Nickname = entry.Nickname };
        }
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Decimal(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
