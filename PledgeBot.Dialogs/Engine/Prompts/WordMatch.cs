namespace PledgeBot.Dialogs.Engine.Prompts;

/// <summary>Finds a typed phrase among the words of an option, forgiving the way teens type on a phone: at any
/// position ("tu choi" in "Từ chối, chặn luôn"), a word cut short ("chan" for "chặn"), or one slip of the finger in a
/// longer word ("blcok" for "block"). Both sides are folded (no case, no diacritics).</summary>
internal static class WordMatch
{
    /// <summary>A cut-short word must keep this many letters: "co" (có) would otherwise be "continue".</summary>
    public const int MinPrefix = 3;

    /// <summary>Only words this long forgive a slip: in short words one letter makes another word ("cho", "cha").</summary>
    public const int MinTypoLength = 5;

    /// <summary>True when every typed word, in order and side by side, matches a run of the phrase's words.</summary>
    public static bool Fits(string[] typed, string[] phrase, bool forgiving)
    {
        if (typed.Length == 0 || typed.Length > phrase.Length)
        {
            return false;
        }

        for (var start = 0; start + typed.Length <= phrase.Length; start++)
        {
            var all = true;
            for (var i = 0; i < typed.Length && all; i++)
            {
                all = Same(typed[i], phrase[start + i], forgiving);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Same(string typed, string word, bool forgiving) =>
        string.Equals(typed, word, StringComparison.Ordinal)
        || (forgiving && typed.Length >= MinPrefix && word.StartsWith(typed, StringComparison.Ordinal))
        || (forgiving && typed.Length >= MinTypoLength && word.Length >= MinTypoLength && WithinOneEdit(typed, word));

    /// <summary>One letter added, dropped, changed, or two neighbours swapped.</summary>
    public static bool WithinOneEdit(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start])
        {
            start++;
        }

        if (start == a.Length && start == b.Length)
        {
            return true;
        }

        var restA = a.AsSpan(Math.Min(start + 1, a.Length));
        var restB = b.AsSpan(Math.Min(start + 1, b.Length));
        if (a.Length == b.Length)
        {
            // A changed letter, or a swap of this letter and the next.
            return restA.SequenceEqual(restB)
                || (start + 1 < a.Length && a[start] == b[start + 1] && a[start + 1] == b[start]
                    && a.AsSpan(start + 2).SequenceEqual(b.AsSpan(start + 2)));
        }

        // A letter added to or dropped from the longer one.
        return a.Length > b.Length ? restA.SequenceEqual(b.AsSpan(start)) : a.AsSpan(start).SequenceEqual(restB);
    }
}
