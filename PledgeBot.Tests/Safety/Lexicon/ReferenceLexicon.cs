using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Ports;

namespace PledgeBot.Tests.Safety.Lexicon;

/// <summary>The safety lexicon's rules read the slow, obvious way, as the bot read them before the phrase tries: the
/// message cut by <see cref="MessageWords"/>, every phrase of every entry and cue looked for in every clause, word by
/// word and then in the clause's words run together. What the shipped <c>SafetyLexicon</c> says must equal this.</summary>
internal sealed class ReferenceLexicon
{
    private const int NegationReach = 2;
    private const int MinimumSpacelessLength = 6;

    private readonly List<(string Category, bool High, bool Now, LexiconToken[][] Phrases, LexiconToken[][] Except)> _entries = [];
    private readonly List<(string Kind, LexiconToken[] Phrase)> _cues = [];
    private readonly List<(LexiconToken Word, LexiconToken[] Expansion)> _shorthand = [];

    public ReferenceLexicon(ContentCatalog content)
    {
        foreach (var document in new[] { content.SafetyLexicon(Language.Vietnamese), content.SafetyLexicon(Language.English) })
        {
            foreach (var term in document.SafetyTerms)
            {
                _entries.Add((term.Category, term.Risk == "high", term.Now, Compile(term.Phrases), Compile(term.Except)));
            }

            _cues.AddRange(document.SafetyCues.SelectMany(cue => Compile(cue.Phrases).Select(phrase => (cue.Kind, phrase))));
            _shorthand.AddRange(document.SafetyShorthand.Select(pair => (LexiconToken.From(TextFolding.Normalize(pair.Key)), MessageWords.Words(pair.Value))));
        }
    }

    /// <summary>The verdict, with the cleared categories as a set in the usual category order.</summary>
    public (RiskLevel Risk, string[] Categories, bool DangerNow, string[] Cleared) Read(string text)
    {
        var clauses = MessageWords.Clauses(text).SelectMany(words => new[] { words, Expand(words) }).Select(Clause.Of).ToList();
        var cleared = new HashSet<string>();
        foreach (var clause in clauses)
        {
            foreach (var (category, _, _, _, except) in _entries)
            {
                if (except.Any(e => clause.Words.Any(w => w.Marks.Length > 0 && w.Folded == e[0].Folded) && Find(clause, e).Any()))
                {
                    cleared.Add(category);
                }
            }
        }

        var found = clauses.SelectMany(clause => Matches(clause, cleared)).ToList();
        if (found.Count == 0)
        {
            return (RiskLevel.None, [], false, Ordered(cleared));
        }

        if (AnyCue(clauses, SafetyCue.Context) && !AnyCue(clauses, SafetyCue.Personal))
        {
            return (RiskLevel.None, [], false, Ordered(cleared.Union(found.Select(entry => entry.Category))));
        }

        var high = found.Any(entry => entry.High);
        var now = high && (found.Any(entry => entry.High && entry.Now) || AnyCue(clauses, SafetyCue.Now));
        return (high ? RiskLevel.High : RiskLevel.Concern, Ordered(found.Select(entry => entry.Category)), now, []);
    }

    private List<(string Category, bool High, bool Now)> Matches(Clause clause, HashSet<string> cleared)
    {
        var words = clause.Words;
        var negations = _cues.Where(cue => cue.Kind == SafetyCue.Negation).SelectMany(cue => Find(clause, cue.Phrase)).ToList();
        var hits = new List<(string Category, bool High, bool Now, (int Start, int End) Span, bool Negated)>();
        foreach (var (category, high, now, phrases, except) in _entries)
        {
            foreach (var span in phrases.SelectMany(phrase => Find(clause, phrase)))
            {
                var typedBare = words[span.Start..span.End].All(word => word.Marks.Length == 0);
                if (except.SelectMany(e => Find(clause, e)).Any(other => Overlap(other, span) && !(typedBare && other == span)))
                {
                    cleared.Add(category);
                    continue;
                }

                var negated = negations.Any(n => n.End <= span.Start && span.Start - n.End < NegationReach);
                hits.Add((category, high, now, span, negated));
            }
        }

        cleared.UnionWith(hits.Where(hit => hit.Negated).Select(hit => hit.Category));
        return hits
            .Where(hit => !hit.Negated && !hits.Any(other => other.Negated && other.Span.Start <= hit.Span.Start && hit.Span.End <= other.Span.End))
            .Select(hit => (hit.Category, hit.High, hit.Now))
            .ToList();
    }

    /// <summary>Word by word (a word typed with diacritics must carry the phrase's own), then spaceless: the phrase's
    /// letters run together found in the clause's, starting and ending on word boundaries, over another number of words.</summary>
    private static IEnumerable<(int Start, int End)> Find(Clause clause, LexiconToken[] phrase)
    {
        var words = clause.Words;
        for (var start = 0; start + phrase.Length <= words.Length; start++)
        {
            if (phrase.Select((word, i) => words[start + i].Matches(word)).All(matches => matches))
            {
                yield return (start, start + phrase.Length);
            }
        }

        var target = string.Concat(phrase.Select(word => word.Folded));
        if (phrase.Length < 2 || target.Length < MinimumSpacelessLength)
        {
            yield break;
        }

        var (_, joined, wordAt, starts) = clause;
        for (var at = joined.IndexOf(target, StringComparison.Ordinal); at >= 0; at = joined.IndexOf(target, at + 1, StringComparison.Ordinal))
        {
            var end = at + target.Length;
            if (starts.Contains(at) && starts.Contains(end) && wordAt[end - 1] + 1 - wordAt[at] != phrase.Length)
            {
                yield return (wordAt[at], wordAt[end - 1] + 1);
            }
        }
    }

    private static bool Overlap((int Start, int End) a, (int Start, int End) b) => a.Start < b.End && b.Start < a.End;

    private LexiconToken[] Expand(LexiconToken[] words) =>
        [.. words.SelectMany(word => _shorthand.FirstOrDefault(s => s.Word == word).Expansion ?? [word])];

    private bool AnyCue(List<Clause> clauses, string kind) =>
        _cues.Any(cue => cue.Kind == kind && clauses.Any(clause => Find(clause, cue.Phrase).Any()));

    private static string[] Ordered(IEnumerable<string> categories)
    {
        var set = categories.ToHashSet();
        return [.. SafetyCategories.All.Where(set.Contains)];
    }

    private static LexiconToken[][] Compile(IEnumerable<string> phrases) =>
        [.. phrases.Select(MessageWords.Words).Where(words => words.Length > 0)];

    /// <summary>A clause's words, and the same run together: which word each letter belongs to, where words start.</summary>
    private sealed record Clause(LexiconToken[] Words, string Joined, int[] WordAt, HashSet<int> Starts)
    {
        public static Clause Of(LexiconToken[] words)
        {
            var joined = string.Concat(words.Select(word => word.Folded));
            var wordAt = words.SelectMany((word, i) => Enumerable.Repeat(i, word.Folded.Length)).ToArray();
            var starts = words.Select((_, i) => words.Take(i).Sum(word => word.Folded.Length)).Append(joined.Length).ToHashSet();
            return new Clause(words, joined, wordAt, starts);
        }
    }
}
