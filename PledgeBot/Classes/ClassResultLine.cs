using PledgeBot.Staff.Exports;

namespace PledgeBot.Classes;

/// <summary>One line of a class's results file. Every kind of line (<c>question</c>, <c>summary</c>, <c>gain</c>,
/// <c>ranking</c>) fills only its own columns; the rest stay empty. Values are already formatted text.</summary>
public sealed record ClassResultLine(string Kind) : IExportRow<ClassResultLine>
{
    public static ExportLayout<ClassResultLine> Columns { get; } = new ExportLayout<ClassResultLine>()
        .Text("kind", line => line.Kind)
        .Text("index", line => line.Index)
        .Text("question_id", line => line.QuestionId)
        .Text("question", line => line.Question)
        .Text("answers_a", line => line.Answers.ElementAtOrDefault(0) ?? string.Empty)
        .Text("answers_b", line => line.Answers.ElementAtOrDefault(1) ?? string.Empty)
        .Text("answers_c", line => line.Answers.ElementAtOrDefault(2) ?? string.Empty)
        .Text("answers_d", line => line.Answers.ElementAtOrDefault(3) ?? string.Empty)
        .Text("answered", line => line.Answered)
        .Text("correct", line => line.Correct)
        .Text("percent_correct", line => line.PercentCorrect)
        .Text("metric", line => line.Metric)
        .Text("value", line => line.Value)
        .Text("nickname", line => line.Nickname);

    public string Index { get; init; } = string.Empty;

    public string QuestionId { get; init; } = string.Empty;

    public string Question { get; init; } = string.Empty;

    /// <summary>How many chose each option; the file has columns for A to D, and an option the question does not have
    /// stays empty.</summary>
    public IReadOnlyList<string> Answers { get; init; } = [];

    public string Answered { get; init; } = string.Empty;

    public string Correct { get; init; } = string.Empty;

    public string PercentCorrect { get; init; } = string.Empty;

    public string Metric { get; init; } = string.Empty;

    public string Value { get; init; } = string.Empty;

    public string Nickname { get; init; } = string.Empty;
}
