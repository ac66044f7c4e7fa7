namespace PledgeBot.Dialogs.Content;

/// <summary>A choice as one language shows it, and the other words that mean it.</summary>
public sealed record ChoiceText
{
    public required string Title { get; init; }

    public IReadOnlyList<string> Synonyms { get; init => field = value ?? []; } = [];
}
