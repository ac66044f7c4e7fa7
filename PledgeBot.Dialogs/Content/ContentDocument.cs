namespace PledgeBot.Dialogs.Content;

/// <summary>One content file of one language (collections absent from the JSON read as empty, never null). A language's content is the union of its files: texts by key,
/// choices by id, command words by command, and the campaign's lists (pledges, scenarios, quiz, provinces).</summary>
public sealed record ContentDocument
{
    public IReadOnlyDictionary<string, string> Texts { get; init => field = value ?? new Dictionary<string, string>(); } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, ChoiceText> Choices { get; init => field = value ?? new Dictionary<string, ChoiceText>(); } = new Dictionary<string, ChoiceText>();

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Commands { get; init => field = value ?? new Dictionary<string, IReadOnlyList<string>>(); } = new Dictionary<string, IReadOnlyList<string>>();

    public IReadOnlyList<PledgeStatement> Pledges { get; init => field = value ?? []; } = [];

    public IReadOnlyList<Scenario> Scenarios { get; init => field = value ?? []; } = [];

    public IReadOnlyList<QuizQuestion> Quiz { get; init => field = value ?? []; } = [];

    public IReadOnlyList<Province> Provinces { get; init => field = value ?? []; } = [];
}
