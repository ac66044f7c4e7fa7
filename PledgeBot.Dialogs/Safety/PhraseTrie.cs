using PledgeBot.Dialogs.Content;

namespace PledgeBot.Dialogs.Safety;

/// <summary>All the lexicon's phrases (danger phrases, look-alikes, cues) in two tries built once per compiled lexicon,
/// so a clause is read in one walk from each word instead of phrase by phrase. The word trie finds a phrase typed word
/// by word (a word typed with diacritics must carry the phrase's own); the letter trie finds a phrase of two words or
/// more typed with the spaces moved or taken out ("muốnchết", "m u o n c h e t"), starting and ending on word
/// boundaries over a different number of words than the phrase has.</summary>
internal sealed class PhraseTrie
{
    /// <summary>Phrases shorter than this, spaces removed, are too easily part of something else to find spaceless.</summary>
    public const int MinimumSpacelessLength = 6;

    private readonly Dictionary<string, int> _vocabulary = new(StringComparer.Ordinal);
    private readonly Dictionary<long, int> _wordNext = [];
    private readonly List<List<LexiconPhrase>?> _wordEnds = [null];
    private readonly Dictionary<long, int> _letterNext = [];
    private readonly List<List<LexiconPhrase>?> _letterEnds = [null];

    public PhraseTrie(IEnumerable<LexiconPhrase> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        foreach (var phrase in phrases)
        {
            var node = 0;
            foreach (var word in phrase.Words)
            {
                if (!_vocabulary.TryGetValue(word.Folded, out var id))
                {
                    _vocabulary[word.Folded] = id = _vocabulary.Count;
                }

                node = Step(_wordNext, _wordEnds, node, id);
            }

            (_wordEnds[node] ??= []).Add(phrase);
            if (phrase.Words.Length >= 2 && phrase.Joined.Length >= MinimumSpacelessLength)
            {
                node = 0;
                foreach (var letter in phrase.Joined)
                {
                    node = Step(_letterNext, _letterEnds, node, letter);
                }

                (_letterEnds[node] ??= []).Add(phrase);
            }
        }
    }

    /// <summary>Adds every match in <paramref name="words"/> to <paramref name="found"/>.</summary>
    public void Find(LexiconToken[] words, List<LexiconMatch> found)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(found);
        Span<int> ids = words.Length <= 128 ? stackalloc int[words.Length] : new int[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            ids[i] = _vocabulary.TryGetValue(words[i].Folded, out var id) ? id : -1;
        }

        for (var start = 0; start < words.Length; start++)
        {
            FindWordByWord(words, ids, start, found);
            if (words[start].Folded.Length > 0)
            {
                FindSpaceless(words, start, found);
            }
        }
    }

    private void FindWordByWord(LexiconToken[] words, ReadOnlySpan<int> ids, int start, List<LexiconMatch> found)
    {
        var node = 0;
        for (var end = start; end < words.Length && ids[end] >= 0; end++)
        {
            if (!_wordNext.TryGetValue(Key(node, ids[end]), out node))
            {
                return;
            }

            foreach (var phrase in _wordEnds[node] ?? [])
            {
                if (MarksAgree(words, start, phrase))
                {
                    found.Add(new LexiconMatch(phrase, new PhraseSpan(start, end + 1)));
                }
            }
        }
    }

    private void FindSpaceless(LexiconToken[] words, int start, List<LexiconMatch> found)
    {
        var node = 0;
        for (var end = start; end < words.Length; end++)
        {
            var folded = words[end].Folded;
            foreach (var letter in folded)
            {
                if (!_letterNext.TryGetValue(Key(node, letter), out node))
                {
                    return;
                }
            }

            // A word with no letters left ends nothing: the match ends with the last word that has some.
            if (folded.Length == 0)
            {
                continue;
            }

            foreach (var phrase in _letterEnds[node] ?? [])
            {
                if (end + 1 - start != phrase.Words.Length)
                {
                    found.Add(new LexiconMatch(phrase, new PhraseSpan(start, end + 1)));
                }
            }
        }
    }

    /// <summary>A word typed without diacritics matches on letters alone; one typed with them must carry the same ones.</summary>
    private static bool MarksAgree(LexiconToken[] words, int start, LexiconPhrase phrase)
    {
        for (var i = 0; i < phrase.Words.Length; i++)
        {
            if (!words[start + i].Matches(phrase.Words[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static int Step(Dictionary<long, int> next, List<List<LexiconPhrase>?> ends, int node, int symbol)
    {
        var key = Key(node, symbol);
        if (!next.TryGetValue(key, out var child))
        {
            next[key] = child = ends.Count;
            ends.Add(null);
        }

        return child;
    }

    private static long Key(int node, int symbol) => ((long)node << 32) | (uint)symbol;
}
