using System.Runtime.CompilerServices;
using System.Text;
using PledgeBot.Dialogs.Content;

namespace PledgeBot.Dialogs.Safety;

/// <summary>Finds lexicon phrases among a clause's words, word by word, and once more with the spaces taken out, so
/// "muốnchết" and "m u o n c h e t" are found too; a spaceless find must start and end on word boundaries.</summary>
internal static class PhraseFinder
{
    /// <summary>Phrases shorter than this, spaces removed, are too easily part of something else to find spaceless.</summary>
    private const int MinimumSpacelessLength = 6;

    // Keyed by the arrays themselves: a phrase's target lives as long as the lexicon, a clause's join as its message.
    private static readonly ConditionalWeakTable<LexiconToken[], string> s_targets = [];
    private static readonly ConditionalWeakTable<LexiconToken[], JoinedWords> s_joined = [];

    public static IEnumerable<PhraseSpan> Find(LexiconToken[] words, LexiconToken[] phrase)
    {
        for (var start = 0; start + phrase.Length <= words.Length; start++)
        {
            if (MatchesAt(words, phrase, start))
            {
                yield return new PhraseSpan(start, start + phrase.Length);
            }
        }

        foreach (var span in FindSpaceless(words, phrase))
        {
            yield return span;
        }
    }

    public static bool Occurs(LexiconToken[] words, LexiconToken[] phrase) => Find(words, phrase).Any();

    private static bool MatchesAt(LexiconToken[] words, LexiconToken[] phrase, int start)
    {
        for (var i = 0; i < phrase.Length; i++)
        {
            if (!words[start + i].Matches(phrase[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<PhraseSpan> FindSpaceless(LexiconToken[] words, LexiconToken[] phrase)
    {
        // Every phrase of the lexicon is looked for in every clause: the joined forms are built once for each.
        var target = s_targets.GetValue(phrase, static phrase => string.Concat(phrase.Select(word => word.Folded)));
        if (phrase.Length < 2 || target.Length < MinimumSpacelessLength)
        {
            yield break;
        }

        var joined = s_joined.GetValue(words, JoinedWords.From);
        var text = joined.Text;
        for (var at = text.IndexOf(target, StringComparison.Ordinal); at >= 0; at = text.IndexOf(target, at + 1, StringComparison.Ordinal))
        {
            var end = at + target.Length;
            if (!joined.StartsWord[at] || !joined.StartsWord[end])
            {
                continue;
            }

            var span = new PhraseSpan(joined.WordAt[at], joined.WordAt[end - 1] + 1);
            if (span.End - span.Start != phrase.Length)
            {
                yield return span;
            }
        }
    }

    /// <summary>A clause's words run together, with the word each character came from and where words begin (the
    /// text's end counts as a beginning).</summary>
    private sealed class JoinedWords(string text, int[] wordAt, bool[] startsWord)
    {
        public string Text => text;

        public int[] WordAt => wordAt;

        public bool[] StartsWord => startsWord;

        public static JoinedWords From(LexiconToken[] words)
        {
            var joined = new StringBuilder();
            var wordAt = new List<int>();
            var starts = new List<int>(words.Length);
            for (var i = 0; i < words.Length; i++)
            {
                starts.Add(joined.Length);
                joined.Append(words[i].Folded);
                wordAt.AddRange(Enumerable.Repeat(i, words[i].Folded.Length));
            }

            var startsWord = new bool[joined.Length + 1];
            foreach (var start in starts)
            {
                startsWord[start] = true;
            }

            startsWord[joined.Length] = true;
            return new JoinedWords(joined.ToString(), [.. wordAt], startsWord);
        }
    }
}
