namespace PledgeBot.Dialogs.Content;

/// <summary>A quiz question: options, the id of the right one, and why.</summary>
public sealed record QuizQuestion
{
    public required string Id { get; init; }

    public required string Question { get; init; }

    public IReadOnlyList<QuizOption> Options { get; init => field = value ?? []; } = [];

    public required string Answer { get; init; }

    public required string Explanation { get; init; }

    /// <summary>Where the facts come from (a ministry notice, a hotline's own site): checked non-empty on load, so no
    /// fact reaches a teenager without an origin staff can check.</summary>
    public string Source { get; init; } = string.Empty;
}
