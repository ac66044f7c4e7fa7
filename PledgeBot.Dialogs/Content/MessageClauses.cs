using System.Buffers;

namespace PledgeBot.Dialogs.Content;

/// <summary>The clauses of words of <see cref="MessageWords.Clauses"/>, word for word, read in one pass over the
/// message with <see cref="LetterTable"/> instead of normalising and folding each word through the Unicode tables. A
/// message with a character the table does not know (a combining mark, another script) is read by
/// <see cref="MessageWords"/> itself.</summary>
internal static class MessageClauses
{
    /// <summary>Longer words are folded on the heap rather than on the stack.</summary>
    private const int StackLetters = 64;

    public static IReadOnlyList<LexiconToken[]> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buffer = ArrayPool<char>.Shared.Rent(text.Length + 1);
        try
        {
            return TryRead(text, buffer) ?? MessageWords.Clauses(text);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>The clauses, or null when a character needs the Unicode tables.</summary>
    private static List<LexiconToken[]>? TryRead(string text, char[] buffer)
    {
        var length = TableFolding.TryWrite(text, buffer, fold: false, clauses: true);
        if (length < 0)
        {
            return null;
        }

        var clauses = new List<LexiconToken[]>();
        var written = buffer.AsSpan(0, length);
        foreach (var range in ((ReadOnlySpan<char>)written).Split('\n'))
        {
            AddClause(clauses, written[range]);
        }

        return clauses;
    }

    private static void AddClause(List<LexiconToken[]> clauses, Span<char> normalized)
    {
        if (normalized.IsEmpty)
        {
            return;
        }

        var squeezed = Squeeze(normalized);
        var words = new List<LexiconToken>(squeezed.Count(' ') + 1);
        foreach (var range in ((ReadOnlySpan<char>)squeezed).Split(' '))
        {
            var word = squeezed[range];
            if (!word.IsEmpty)
            {
                words.Add(Token(word));
            }
        }

        if (words.Count > 0)
        {
            clauses.Add([.. words]);
        }
    }

    /// <summary><see cref="MessageWords.Squeeze"/> in place: a letter typed three times or more in a row counts once.</summary>
    private static Span<char> Squeeze(Span<char> text)
    {
        var length = 0;
        var i = 0;
        while (i < text.Length)
        {
            var run = 1;
            while (i + run < text.Length && text[i + run] == text[i])
            {
                run++;
            }

            var kept = run >= 3 && char.IsLetter(text[i]) ? 1 : run;
            text.Slice(i, kept).CopyTo(text[length..]);
            length += kept;
            i += run;
        }

        return text[..length];
    }

    /// <summary><see cref="LexiconToken.From"/> for a word of table letters: folded letter by letter, diacritics sorted.</summary>
    private static LexiconToken Token(ReadOnlySpan<char> word)
    {
        var capacity = word.Length * LetterTable.MaxMarks;
        Span<char> folded = word.Length <= StackLetters ? stackalloc char[StackLetters] : new char[word.Length];
        Span<char> marks = capacity <= StackLetters * LetterTable.MaxMarks
            ? stackalloc char[StackLetters * LetterTable.MaxMarks]
            : new char[capacity];
        var markCount = 0;
        var firstMarks = string.Empty;
        for (var i = 0; i < word.Length; i++)
        {
            folded[i] = LetterTable.Folded(word[i]);
            var these = LetterTable.Marks(word[i]);
            if (these.Length > 0)
            {
                firstMarks = markCount == 0 ? these : string.Empty;
                these.CopyTo(marks[markCount..]);
                markCount += these.Length;
            }
        }

        var foldedWord = new string(folded[..word.Length]);
        if (markCount == 0)
        {
            return new LexiconToken(foldedWord, string.Empty);
        }

        // One marked letter's diacritics are sorted already and shared; several need sorting together.
        if (firstMarks.Length == markCount)
        {
            return new LexiconToken(foldedWord, firstMarks);
        }

        var sorted = marks[..markCount];
        sorted.Sort();
        return new LexiconToken(foldedWord, new string(sorted));
    }
}
