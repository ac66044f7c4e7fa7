namespace PledgeBot.Dialogs.Content;

/// <summary>One answer offered for a quiz question.</summary>
public sealed record QuizOption
{
    public required string Id { get; init; }

    public required string Text { get; init; }
}
