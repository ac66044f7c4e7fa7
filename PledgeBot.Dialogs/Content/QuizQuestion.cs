namespace PledgeBot.Dialogs.Content;

/// <summary>A quiz question: options, the id of the right one, and why.</summary>
public sealed record QuizQuestion
{
    public required string Id { get; init; }

    public required string Question { get; init; }

    public IReadOnlyList<QuizOption> Options { get; init => field = value ?? []; } = [];

    public required string Answer { get; init; }

    public required string Explanation { get; init; }
}
