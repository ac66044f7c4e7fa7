using System.Buffers;

namespace PledgeBot.Dialogs.Content;

/// <summary><see cref="TextFolding.Normalize"/> and <see cref="TextFolding.Fold"/> done one character at a time with
/// <see cref="LetterTable"/>, for the messages whose characters it knows (nearly all: Vietnamese, English, emoji); the
/// others go through the Unicode tables.</summary>
internal static class TableFolding
{
    /// <summary>The text normalised (or folded), or null when a character needs the Unicode tables.</summary>
    public static string? TryFold(string text, bool fold)
    {
        var buffer = ArrayPool<char>.Shared.Rent(text.Length + 1);
        try
        {
            var length = TryWrite(text, buffer, fold, clauses: false);
            if (length < 0)
            {
                return null;
            }

            var folded = buffer.AsSpan(0, length);
            return folded.SequenceEqual(text) ? text : new string(folded);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Writes the text as <see cref="TextFolding.Normalize"/> (or <see cref="TextFolding.Fold"/>) makes it into
    /// <paramref name="buffer"/> (at least as long as the text) and returns its length, or -1 when a character needs
    /// the Unicode tables. With <paramref name="clauses"/>, punctuation that ends a clause becomes '\n', with no space
    /// on either side, so <see cref="MessageClauses"/> reads the clauses from the same pass.</summary>
    public static int TryWrite(string text, Span<char> buffer, bool fold, bool clauses)
    {
        var length = 0;
        var clauseStart = 0;
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsSurrogate(c))
            {
                // An emoji is left out like any symbol; a lone half, or a character of another plane, is not ours.
                if (!LetterTable.IsEmoji(text, i))
                {
                    return -1;
                }

                i++;
                continue;
            }

            switch (clauses ? LetterTable.Kind(c) : LetterTable.PlainKind(c))
            {
                case FoldedLetter.Letter:
                    if (pendingSpace)
                    {
                        buffer[length++] = ' ';
                        pendingSpace = false;
                    }

                    var lower = LetterTable.Lower(c);
                    buffer[length++] = fold ? LetterTable.Folded(lower) : lower;
                    break;
                case FoldedLetter.Space:
                    pendingSpace = length > clauseStart;
                    break;
                case FoldedLetter.Dropped:
                    break;
                case FoldedLetter.ClauseBreak when clauses:
                    buffer[length++] = '\n';
                    clauseStart = length;
                    pendingSpace = false;
                    break;
                default:
                    return -1;
            }
        }

        return length;
    }
}
