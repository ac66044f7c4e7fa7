using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Ports;

namespace PledgeBot.Dialogs.Safety;

/// <summary>Both languages' safety lexicons, compiled from one content snapshot. A message is read clause by clause,
/// as typed and again with teen-speak expanded ("k" → "không"); a match counts unless a look-alike phrase covers it,
/// a negation comes just before it, or the message talks about the subject (news, a quiz, a song) without saying it
/// happens to the writer.</summary>
public sealed class SafetyLexicon
{
    /// <summary>How many words before a match a negation still reaches ("không hề", "do not really").</summary>
    private const int NegationReach = 2;

    private readonly LexiconEntry[] _entries;
    private readonly Dictionary<string, LexiconToken[][]> _cues;
    private readonly (LexiconToken Word, LexiconToken[] Expansion)[] _shorthand;
    private readonly HashSet<string> _answers;

    // Which phrases can possibly match a clause: by their first word, and (for the spaceless search, which must start
    // on a word boundary) by the first two letters of their joined form. Every other phrase is skipped unread.
    private readonly Dictionary<string, List<LexiconToken[]>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<LexiconToken[]>> _bySpacelessStart = new(StringComparer.Ordinal);

    // A listed look-alike ("từ từ", "mệt muốn chết") clears its category wherever it occurs, matched or not.
    private readonly Dictionary<string, List<(string Category, LexiconToken[] Phrase)>> _exceptsByFirstWord = new(StringComparer.Ordinal);

    public SafetyLexicon(ContentCatalog content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var documents = new[] { content.SafetyLexicon(Language.Vietnamese), content.SafetyLexicon(Language.English) };
        _entries = documents.SelectMany(d => d.SafetyTerms).Select(LexiconEntry.From).ToArray();
        _cues = documents.SelectMany(d => d.SafetyCues)
            .GroupBy(cue => cue.Kind, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => LexiconEntry.Compile(g.SelectMany(cue => cue.Phrases)), StringComparer.Ordinal);
        _shorthand = documents.SelectMany(d => d.SafetyShorthand)
            .Select(pair => (LexiconToken.From(TextFolding.Normalize(pair.Key)), MessageWords.Words(pair.Value)))
            .ToArray();
        _answers = documents.SelectMany(Answers).Select(TextFolding.Fold).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in _entries)
        {
            foreach (var except in entry.Except)
            {
                Index(_exceptsByFirstWord, except[0].Folded, (entry.Category, except));
            }
        }

        foreach (var phrase in _entries.SelectMany(entry => entry.Phrases))
        {
            Index(_byFirstWord, phrase[0].Folded, phrase);
            var joined = string.Concat(phrase.Select(word => word.Folded));
            if (joined.Length >= 2)
            {
                Index(_bySpacelessStart, joined[..2], phrase);
            }
        }
    }

    private static void Index<T>(Dictionary<string, List<T>> index, string key, T phrase)
    {
        if (!index.TryGetValue(key, out var phrases))
        {
            index[key] = phrases = [];
        }

        phrases.Add(phrase);
    }

    private HashSet<LexiconToken[]> Candidates(LexiconToken[] words)
    {
        var candidates = new HashSet<LexiconToken[]>(ReferenceEqualityComparer.Instance);
        var joined = string.Concat(words.Select(word => word.Folded));
        var at = 0;
        foreach (var word in words)
        {
            if (_byFirstWord.TryGetValue(word.Folded, out var phrases))
            {
                candidates.UnionWith(phrases);
            }

            if (at + 2 <= joined.Length && _bySpacelessStart.TryGetValue(joined.Substring(at, 2), out var spaceless))
            {
                candidates.UnionWith(spaceless);
            }

            at += word.Folded.Length;
        }

        return candidates;
    }

    /// <summary>True when the text is one of the campaign's own answers or buttons (a quiz option such as "Bị dọa sẽ
    /// kể", a province, a pledge): tapping an answer is never a report.</summary>
    public bool IsCampaignAnswer(string text) => _answers.Contains(TextFolding.Fold(text));

    public LexiconVerdict Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clauses = MessageWords.Clauses(text).SelectMany(words => new[] { words, Expand(words) }).ToArray();
        var cleared = new HashSet<string>(StringComparer.Ordinal);
        foreach (var words in clauses)
        {
            // Only as typed with diacritics: a bare "tu tu" may be "tự tử", so it clears nothing on its own.
            foreach (var word in words.Where(w => w.Marks.Length > 0).DistinctBy(w => w.Folded))
            {
                if (_exceptsByFirstWord.TryGetValue(word.Folded, out var excepts))
                {
                    cleared.UnionWith(excepts.Where(e => PhraseFinder.Occurs(words, e.Phrase)).Select(e => e.Category));
                }
            }
        }

        var found = clauses.SelectMany(words => Matches(words, cleared)).ToList();
        if (found.Count == 0)
        {
            return cleared.Count == 0 ? LexiconVerdict.Nothing : LexiconVerdict.Nothing with { Cleared = [.. cleared] };
        }

        if (AnyCue(clauses, SafetyCue.Context) && !AnyCue(clauses, SafetyCue.Personal))
        {
            return LexiconVerdict.Nothing with { Cleared = [.. cleared, .. found.Select(entry => entry.Category)] };
        }

        var high = found.Any(entry => entry.High);
        var categories = SafetyCategories.All.Where(category => found.Any(entry => entry.Category == category)).ToArray();
        var now = high && (found.Any(entry => entry.High && entry.Now) || AnyCue(clauses, SafetyCue.Now));
        return new LexiconVerdict(high ? RiskLevel.High : RiskLevel.Concern, categories, now);
    }

    private List<LexiconEntry> Matches(LexiconToken[] words, HashSet<string> cleared)
    {
        var hits = new List<(LexiconEntry Entry, PhraseSpan Span, bool Negated)>();
        var candidates = Candidates(words);
        if (candidates.Count == 0)
        {
            return [];
        }

        var negations = Cue(SafetyCue.Negation).SelectMany(cue => PhraseFinder.Find(words, cue)).ToArray();
        foreach (var entry in _entries)
        {
            foreach (var span in entry.Phrases.Where(candidates.Contains).SelectMany(phrase => PhraseFinder.Find(words, phrase)))
            {
                // A look-alike typed bare over exactly the same words ("tu tu": "từ từ" or "tự tử"?) stays a match.
                var typedBare = words[span.Start..span.End].All(word => word.Marks.Length == 0);
                if (entry.Except.Any(except => PhraseFinder.Find(words, except).Any(other => other.Overlaps(span) && !(typedBare && other == span))))
                {
                    cleared.Add(entry.Category);
                    continue;
                }

                var negated = negations.Any(n => !n.Overlaps(span) && n.End <= span.Start && span.Start - n.End < NegationReach);
                hits.Add((entry, span, negated));
            }
        }

        // "chưa bao giờ nghĩ đến tự tử": the negated longer phrase takes the shorter one inside it along.
        cleared.UnionWith(hits.Where(hit => hit.Negated).Select(hit => hit.Entry.Category));
        return hits
            .Where(hit => !hit.Negated && !hits.Any(other => other.Negated && other.Span.Contains(hit.Span)))
            .Select(hit => hit.Entry)
            .ToList();
    }

    private static IEnumerable<string> Answers(ContentDocument document) =>
        document.Quiz.SelectMany(q => q.Options.Select(o => o.Text))
            .Concat(document.Scenarios.SelectMany(s => s.Options.Select(o => o.Label)))
            .Concat(document.Pledges.Select(p => p.Label))
            .Concat(document.Choices.Values.SelectMany(c => c.Synonyms.Prepend(c.Title)))
            .Concat(document.Provinces.SelectMany(p => p.Aliases.Prepend(p.Name)));

    private LexiconToken[] Expand(LexiconToken[] words)
    {
        var expanded = new List<LexiconToken>(words.Length);
        foreach (var word in words)
        {
            var match = Array.Find(_shorthand, s => word.Matches(s.Word) && word.Marks == s.Word.Marks);
            expanded.AddRange(match.Expansion is { } expansion ? expansion : [word]);
        }

        return [.. expanded];
    }

    private bool AnyCue(LexiconToken[][] clauses, string kind) =>
        Cue(kind).Any(cue => clauses.Any(words => PhraseFinder.Occurs(words, cue)));

    private LexiconToken[][] Cue(string kind) => _cues.TryGetValue(kind, out var cues) ? cues : [];
}
