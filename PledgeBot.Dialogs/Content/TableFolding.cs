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
            var length = 0;
            var pendingSpace = false;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsSurrogate(c))
                {
                    if (!LetterTable.IsEmoji(text, i))
                    {
                        return null;
                    }

                    i++;
                    continue;
                }

                switch (LetterTable.PlainKind(c))
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
                        pendingSpace = length > 0;
                        break;
                    case FoldedLetter.Dropped:
                        break;
                    default:
                        return null;
                }
            }

            var folded = buffer.AsSpan(0, length);
            return folded.SequenceEqual(text) ? text : new string(folded);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
