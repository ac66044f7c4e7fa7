using System.Collections.Frozen;
using System.Text;

namespace PledgeBot.Dialogs.Content;

/// <summary>The bot's words in both languages, checked for completeness when built and frozen after.</summary>
public sealed class ContentCatalog
{
    private readonly FrozenDictionary<string, string>[] _texts;
    private readonly FrozenDictionary<string, ChoiceText>[] _choices;
    private readonly FrozenDictionary<string, PluralText>[] _plurals;
    private readonly FrozenDictionary<string, string[]> _commandPhrases;
    private readonly ContentDocument[] _documents;
    private string? _version;

    private ContentCatalog(ContentDocument vietnamese, ContentDocument english)
    {
        _documents = [vietnamese, english];
        _texts = [vietnamese.Texts.ToFrozenDictionary(), english.Texts.ToFrozenDictionary()];
        _choices = [vietnamese.Choices.ToFrozenDictionary(), english.Choices.ToFrozenDictionary()];
        _plurals = [vietnamese.Plurals.ToFrozenDictionary(), english.Plurals.ToFrozenDictionary()];
        _commandPhrases = vietnamese.Commands.Keys
            .ToFrozenDictionary(id => id, id => vietnamese.Commands[id].Concat(english.Commands[id]).ToArray());
    }

    /// <summary>Builds a catalog, or throws <see cref="ContentException"/> listing every problem found.</summary>
    public static ContentCatalog Create(ContentDocument vietnamese, ContentDocument english)
    {
        var problems = ContentValidator.Validate(vietnamese, english);
        if (problems.Count > 0)
        {
            throw new ContentException(problems);
        }

        return new ContentCatalog(vietnamese, english);
    }

    /// <summary>A short fingerprint of what the flows say and offer (texts, choices, pledges, scenarios, quiz,
    /// provinces; not the safety lexicon): an edit makes a new version, so a flow's funnel never mixes two wordings.</summary>
    public string Version => _version ??= ContentVersion.Of(_documents);

    /// <summary>The text of <paramref name="key"/>, with each <c>{name}</c> replaced by its argument.</summary>
    public string Get(Language language, TextKey key, params (string Name, string Value)[] arguments)
    {
        if (!_texts[(int)language].TryGetValue(key.Value, out var text))
        {
            throw new KeyNotFoundException($"Content has no text '{key}'.");
        }

        return Fill(text, arguments);
    }

    /// <summary>The plural text of <paramref name="key"/> in the form <paramref name="count"/> takes, with
    /// <c>{count}</c> and each <c>{name}</c> replaced.</summary>
    public string Plural(Language language, TextKey key, long count, params (string Name, string Value)[] arguments)
    {
        if (!_plurals[(int)language].TryGetValue(key.Value, out var plural))
        {
            throw new KeyNotFoundException($"Content has no plural '{key}'.");
        }

        return Fill(PluralRules.Pick(language, plural, count), [("count", language.Format(count)), .. arguments]);
    }

    private static string Fill(string text, (string Name, string Value)[] arguments)
    {
        if (arguments.Length == 0)
        {
            return text;
        }

        var builder = new StringBuilder(text);
        foreach (var (name, value) in arguments)
        {
            builder.Replace("{" + name + "}", value);
        }

        return builder.ToString();
    }

    /// <summary>The title a choice shows in <paramref name="language"/>.</summary>
    public string ChoiceTitle(Language language, string choiceId) =>
        _choices[(int)language].TryGetValue(choiceId, out var choice)
            ? choice.Title
            : throw new KeyNotFoundException($"Content has no choice '{choiceId}'.");

    public bool HasChoice(string choiceId) => _choices[0].ContainsKey(choiceId);

    /// <summary>Every phrase that picks a choice, in both languages: titles first, then synonyms.</summary>
    public IEnumerable<string> ChoicePhrases(string choiceId)
    {
        foreach (var choices in _choices)
        {
            if (choices.TryGetValue(choiceId, out var choice))
            {
                yield return choice.Title;
                foreach (var synonym in choice.Synonyms)
                {
                    yield return synonym;
                }
            }
        }
    }

    public IReadOnlyList<PledgeStatement> Pledges(Language language) => _documents[(int)language].Pledges;

    public IReadOnlyList<Scenario> Scenarios(Language language) => _documents[(int)language].Scenarios;

    public IReadOnlyList<QuizQuestion> Quiz(Language language) => _documents[(int)language].Quiz;

    public IReadOnlyList<Province> Provinces(Language language) => _documents[(int)language].Provinces;

    /// <summary>The safety lexicon of <paramref name="language"/>: terms, cues and shorthand.</summary>
    public ContentDocument SafetyLexicon(Language language) => _documents[(int)language];

    /// <summary>Every phrase that invokes a command, in both languages.</summary>
    public IReadOnlyList<string> CommandPhrases(string commandId) =>
        _commandPhrases.TryGetValue(commandId, out var phrases) ? phrases : [];
}
