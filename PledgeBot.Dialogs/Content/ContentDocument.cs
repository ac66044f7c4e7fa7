namespace PledgeBot.Dialogs.Content;

/// <summary>One content file of one language (collections absent from the JSON read as empty, never null). A language's content is the union of its files: texts by key,
/// choices by id, command words by command, and the campaign's lists (pledges, scenarios, quiz, provinces).</summary>
public sealed record ContentDocument
{
    public IReadOnlyDictionary<string, string> Texts { get; init => field = value ?? new Dictionary<string, string>(); } = new Dictionary<string, string>();

    /// <summary>Texts that say a number of things, by key, in their plural forms.</summary>
    public IReadOnlyDictionary<string, PluralText> Plurals { get; init => field = value ?? new Dictionary<string, PluralText>(); } = new Dictionary<string, PluralText>();

    public IReadOnlyDictionary<string, ChoiceText> Choices { get; init => field = value ?? new Dictionary<string, ChoiceText>(); } = new Dictionary<string, ChoiceText>();

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Commands { get; init => field = value ?? new Dictionary<string, IReadOnlyList<string>>(); } = new Dictionary<string, IReadOnlyList<string>>();

    public IReadOnlyList<PledgeStatement> Pledges { get; init => field = value ?? []; } = [];

    public IReadOnlyList<Scenario> Scenarios { get; init => field = value ?? []; } = [];

    public IReadOnlyList<QuizQuestion> Quiz { get; init => field = value ?? []; } = [];

    public IReadOnlyList<Province> Provinces { get; init => field = value ?? []; } = [];

    /// <summary>Safety lexicon (safety.json): phrases by category and risk.</summary>
    public IReadOnlyList<SafetyTerm> SafetyTerms { get; init => field = value ?? []; } = [];

    /// <summary>Negation, context, personal and danger-now cues for the safety lexicon.</summary>
    public IReadOnlyList<SafetyCue> SafetyCues { get; init => field = value ?? []; } = [];

    /// <summary>Teen-speak and shorthand tokens and what they stand for ("k" → "không", "mk" → "mình").</summary>
    public IReadOnlyDictionary<string, string> SafetyShorthand { get; init => field = value ?? new Dictionary<string, string>(); } = new Dictionary<string, string>();
}
