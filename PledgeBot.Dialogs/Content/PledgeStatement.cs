namespace PledgeBot.Dialogs.Content;

/// <summary>A pledge a young person can make: the full sentence, and a short label for its button.</summary>
public sealed record PledgeStatement
{
    public required string Id { get; init; }

    public required string Text { get; init; }

    /// <summary>At most 20 characters: Messenger cuts quick replies there.</summary>
    public required string Label { get; init; }
}
