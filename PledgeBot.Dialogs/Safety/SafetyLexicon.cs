using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Ports;

namespace PledgeBot.Dialogs.Safety;

/// <summary>Both languages' safety lexicons, compiled from one content snapshot. A message is read clause by clause,
/// as typed and again with teen-speak expanded ("k" → "không"); a match counts unless a look-alike phrase covers it,
/// a negation comes just before it, or the message talks about the subject (news, a quiz, a song) without saying it
/// happens to the writer.</summary>
public sealed class SafetyLexicon
{
    private static readonly Dictionary<string, PhraseRole> s_cueRoles = new(StringComparer.Ordinal)
    {
        [SafetyCue.Negation] = PhraseRole.Negation,
        [SafetyCue.Context] = PhraseRole.Context,
        [SafetyCue.Personal] = PhraseRole.Personal,
        [SafetyCue.Now] = PhraseRole.Now,
    };

    private readonly LexiconEntry[] _entries;
    private readonly PhraseTrie _phrases;
    private readonly Dictionary<(string Folded, string Marks), LexiconToken[]> _shorthand = [];
    private readonly HashSet<string> _answers;

    // The categories the entries name, the known ones in their usual order; an entry's category by its index.
    private readonly string[] _categories;
    private readonly int[] _categoryOf;
    private readonly int _knownCategories;

    public SafetyLexicon(ContentCatalog content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var documents = new[] { content.SafetyLexicon(Language.Vietnamese), content.SafetyLexicon(Language.English) };
        _entries = documents.SelectMany(d => d.SafetyTerms).Select(LexiconEntry.From).ToArray();
        var cues = documents.SelectMany(d => d.SafetyCues)
            .Where(cue => s_cueRoles.ContainsKey(cue.Kind))
            .SelectMany(cue => LexiconEntry.Compile(cue.Phrases).Select(words => new LexiconPhrase(s_cueRoles[cue.Kind], -1, words)));
        var terms = _entries.SelectMany((entry, index) =>
            entry.Phrases.Select(words => new LexiconPhrase(PhraseRole.Term, index, words))
                .Concat(entry.Except.Select(words => new LexiconPhrase(PhraseRole.Except, index, words))));
        _phrases = new PhraseTrie(terms.Concat(cues));

        // The first listing of a shorthand word wins.
        foreach (var (word, expansion) in documents.SelectMany(d => d.SafetyShorthand))
        {
            var token = LexiconToken.From(TextFolding.Normalize(word));
            _shorthand.TryAdd((token.Folded, token.Marks), MessageWords.Words(expansion));
        }

        _answers = documents.SelectMany(Answers).Select(TextFolding.Fold).ToHashSet(StringComparer.Ordinal);
        var named = _entries.Select(entry => entry.Category).Distinct().ToArray();
        _categories = [.. SafetyCategories.All.Intersect(named), .. named.Except(SafetyCategories.All)];
        _knownCategories = SafetyCategories.All.Count(_categories.Contains);
        _categoryOf = [.. _entries.Select(entry => Array.IndexOf(_categories, entry.Category))];
    }

    /// <summary>True when the text is one of the campaign's own answers or buttons (a quiz option such as "Bị dọa sẽ
    /// kể", a province, a pledge): tapping an answer is never a report.</summary>
    public bool IsCampaignAnswer(string text) => _answers.Contains(TextFolding.Fold(text));

    public LexiconVerdict Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var reading = new LexiconReading(_categories.Length);
        foreach (var words in MessageClauses.Read(text))
        {
            // Each clause as typed, and again with teen-speak expanded ("k" → "không").
            Read(words, reading);
            var expanded = Expand(words);
            if (!ReferenceEquals(expanded, words))
            {
                Read(expanded, reading);
            }
        }

        if (!reading.Found)
        {
            return reading.Cleared.Contains(true)
                ? LexiconVerdict.Nothing with { Cleared = Named(reading.Cleared) }
                : LexiconVerdict.Nothing;
        }

        // The message talks about the subject (news, a quiz, a song) without saying it happens to the writer.
        if (reading.Context && !reading.Personal)
        {
            var cleared = reading.Cleared.Zip(reading.FoundCategories, (was, found) => was || found).ToArray();
            return LexiconVerdict.Nothing with { Cleared = Named(cleared) };
        }

        // Only the known categories are reported, in their usual order (they come first).
        var categories = _categories.Where((category, i) => reading.FoundCategories[i] && i < _knownCategories).ToArray();
        var now = reading.High && (reading.HighNow || reading.Now);
        return new LexiconVerdict(reading.High ? RiskLevel.High : RiskLevel.Concern, categories, now);
    }

    private void Read(LexiconToken[] words, LexiconReading reading)
    {
        var found = reading.Matches;
        found.Clear();
        _phrases.Find(words, found);
        if (found.Count == 0)
        {
            return;
        }

        foreach (var match in found)
        {
            switch (match.Phrase.Role)
            {
                case PhraseRole.Context:
                    reading.Context = true;
                    break;
                case PhraseRole.Personal:
                    reading.Personal = true;
                    break;
                case PhraseRole.Now:
                    reading.Now = true;
                    break;
                case PhraseRole.Except when MatchRules.TypedWithMarks(words, match.Phrase.Words[0].Folded):
                    // A listed look-alike ("từ từ", "mệt muốn chết") clears its category wherever it occurs, matched or
                    // not; only as typed with diacritics: a bare "tu tu" may be "tự tử", so it clears nothing on its own.
                    reading.Cleared[_categoryOf[match.Phrase.Entry]] = true;
                    break;
                default:
                    break;
            }
        }

        var hits = reading.Hits;
        hits.Clear();
        foreach (var match in found)
        {
            if (match.Phrase.Role != PhraseRole.Term)
            {
                continue;
            }

            var span = match.Span;
            if (MatchRules.LookAlikeCovers(words, found, match))
            {
                reading.Cleared[_categoryOf[match.Phrase.Entry]] = true;
                continue;
            }

            hits.Add((match.Phrase.Entry, span, MatchRules.NegatedBefore(found, span)));
        }

        foreach (var (entry, span, negated) in hits)
        {
            if (negated)
            {
                reading.Cleared[_categoryOf[entry]] = true;
            }
            else if (!MatchRules.NegatedAround(hits, span))
            {
                reading.Add(_entries[entry], _categoryOf[entry]);
            }
        }
    }

    private string[] Named(bool[] categories) => [.. _categories.Where((_, i) => categories[i])];

    private static IEnumerable<string> Answers(ContentDocument document) =>
        document.Quiz.SelectMany(q => q.Options.Select(o => o.Text))
            .Concat(document.Scenarios.SelectMany(s => s.Options.Select(o => o.Label)))
            .Concat(document.Pledges.Select(p => p.Label))
            .Concat(document.Choices.Values.SelectMany(c => c.Synonyms.Prepend(c.Title)))
            .Concat(document.Provinces.SelectMany(p => p.Aliases.Prepend(p.Name)));

    /// <summary>The clause with teen-speak expanded, or the clause itself when it has none.</summary>
    private LexiconToken[] Expand(LexiconToken[] words)
    {
        List<LexiconToken>? expanded = null;
        for (var i = 0; i < words.Length; i++)
        {
            if (_shorthand.TryGetValue((words[i].Folded, words[i].Marks), out var expansion))
            {
                expanded ??= [.. words.AsSpan(0, i)];
                expanded.AddRange(expansion);
            }
            else
            {
                expanded?.Add(words[i]);
            }
        }

        return expanded is null ? words : [.. expanded];
    }
}
