using System.Text;
using System.Text.RegularExpressions;

namespace PledgeBot.Dialogs.Content;

/// <summary>Cuts a message into clauses of words for the lexicon: punctuation ends a clause (a negation never reaches
/// across it), case and spacing are normalised, and letters stretched three times or more are squeezed to one ("chếttt", "heeelp").</summary>
internal static partial class MessageWords
{
    public static IReadOnlyList<LexiconToken[]> Clauses(string text)
    {
        var clauses = new List<LexiconToken[]>();
        foreach (var clause in ClauseBreak().Split(text))
        {
            var words = Words(clause);
            if (words.Length > 0)
            {
                clauses.Add(words);
            }
        }

        return clauses;
    }

    public static LexiconToken[] Words(string text)
    {
        // Apostrophes vanish rather than split, so "don't" reads as "dont" on both sides.
        var normalized = TextFolding.Normalize(Apostrophe().Replace(text, string.Empty));
        if (normalized.Length == 0)
        {
            return [];
        }

        return Squeeze(normalized).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(LexiconToken.From).ToArray();
    }

    /// <summary>Letters stretched three times or more squeezed to one ("chếttt" → "chết").</summary>
    internal static string Squeeze(string text)
    {
        var builder = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var run = 1;
            while (i + run < text.Length && text[i + run] == text[i])
            {
                run++;
            }

            builder.Append(text[i], run >= 3 && char.IsLetter(text[i]) ? 1 : run);
            i += run;
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"[.!?;:,…\r\n""“”«»()\[\]]+")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex("['’]")]
    private static partial Regex Apostrophe();
}
