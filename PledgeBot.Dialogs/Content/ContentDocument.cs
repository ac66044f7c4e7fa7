namespace PledgeBot.Dialogs.Content;

/// <summary>One language's content file: texts by key, choices by id, and command words by command.</summary>
public sealed record ContentDocument
{
    public IReadOnlyDictionary<string, string> Texts { get; init; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, ChoiceText> Choices { get; init; } = new Dictionary<string, ChoiceText>();

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Commands { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
}
