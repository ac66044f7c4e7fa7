using System.Globalization;
using System.Text;

namespace PledgeBot.Dialogs.Content;

/// <summary>What <see cref="TextFolding"/> and <see cref="MessageWords"/> make of each character of the Latin,
/// Vietnamese, punctuation and symbol blocks, worked out once through the Unicode tables on the character alone. It is
/// used only where doing it one character at a time gives the same result as on the whole text: characters that are
/// their own composed form and compose with nothing in these blocks (no combining marks, no other scripts).</summary>
internal static class LetterTable
{
    /// <summary>The most diacritics one letter of the table carries (Vietnamese: two), so a word's diacritics fit a small
    /// buffer.</summary>
    public const int MaxMarks = 4;

    /// <summary>Emoji and pictographs (U+1F000–U+1FAFF): no canonical decomposition, dropped like any symbol.</summary>
    public const int FirstEmoji = 0x1F000;

    public const int LastEmoji = 0x1FAFF;

    /// <summary>Letters are read only below the symbol blocks' end, so their forms need no table of the whole plane.</summary>
    private const int LetterTableSize = 0x2C00;

    private const string ClauseBreaks = ".!?;:,…\r\n\"“”«»()[]";

    private static readonly (int First, int Last)[] s_blocks = [(0x0000, 0x024F), (0x1E00, 0x1EFF), (0x2000, 0x2BFF), (0xFE0F, 0xFE0F)];

    private static readonly FoldedLetter[] s_kinds = new FoldedLetter[char.MaxValue + 1];
    private static readonly FoldedLetter[] s_plainKinds = new FoldedLetter[char.MaxValue + 1];
    private static readonly char[] s_lower = new char[LetterTableSize];
    private static readonly char[] s_folded = new char[LetterTableSize];
    private static readonly string[] s_marks = new string[LetterTableSize];

    static LetterTable()
    {
        foreach (var (first, last) in s_blocks)
        {
            for (var code = first; code <= last; code++)
            {
                var c = (char)code;
                s_plainKinds[c] = Classify(c);
                s_kinds[c] = s_plainKinds[c] != FoldedLetter.Unknown && ClauseBreaks.Contains(c, StringComparison.Ordinal)
                    ? FoldedLetter.ClauseBreak
                    : s_plainKinds[c];
            }
        }
    }

    /// <summary>What the character is in a message cut into clauses.</summary>
    public static FoldedLetter Kind(char c) => s_kinds[c];

    /// <summary>What the character is to <see cref="TextFolding.Normalize"/>, where no punctuation ends a clause.</summary>
    public static FoldedLetter PlainKind(char c) => s_plainKinds[c];

    /// <summary>The character as <see cref="TextFolding.Normalize"/> keeps it (lower case).</summary>
    public static char Lower(char c) => s_lower[c];

    /// <summary>The lower-case character without diacritics, as <see cref="TextFolding.Fold"/> makes it.</summary>
    public static char Folded(char lower) => s_folded[lower];

    /// <summary>The diacritics of the lower-case character as <see cref="LexiconToken"/> counts them ("" when bare).</summary>
    public static string Marks(char lower) => s_marks[lower] ?? string.Empty;

    /// <summary>True when a well-formed surrogate pair starts at <paramref name="at"/> and is an emoji or pictograph.</summary>
    public static bool IsEmoji(string text, int at) =>
        char.IsHighSurrogate(text[at]) && at + 1 < text.Length && char.IsLowSurrogate(text[at + 1])
        && char.ConvertToUtf32(text[at], text[at + 1]) is >= FirstEmoji and <= LastEmoji;

    /// <summary>Every character the table reads one at a time.</summary>
    public static IEnumerable<char> Known()
    {
        for (var code = 0; code <= char.MaxValue; code++)
        {
            if (s_kinds[code] != FoldedLetter.Unknown)
            {
                yield return (char)code;
            }
        }
    }

    private static FoldedLetter Classify(char c)
    {
        var alone = c.ToString();
        if (char.IsSurrogate(c) || !alone.IsNormalized(NormalizationForm.FormC))
        {
            return FoldedLetter.Unknown;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (char.IsWhiteSpace(c) || c == '_' || category == UnicodeCategory.DashPunctuation)
        {
            return FoldedLetter.Space;
        }

        if (char.IsPunctuation(c) || char.IsSymbol(c) || c == '\uFE0F' || category == UnicodeCategory.Format)
        {
            return FoldedLetter.Dropped;
        }

        return Letter(c, alone);
    }

    private static FoldedLetter Letter(char c, string alone)
    {
        if (IsMark(c) || c >= LetterTableSize)
        {
            return FoldedLetter.Unknown;
        }

        // Lower-casing and folding must give one plain character that reads the same when folded again.
        var normalized = TextFolding.UnicodeNormalize(alone);
        var folded = TextFolding.UnicodeFold(alone);
        if (normalized.Length != 1 || folded.Length != 1 || IsMark(normalized[0]) || IsMark(folded[0])
            || !InBlocks(normalized[0]) || !InBlocks(folded[0]) || normalized[0] >= LetterTableSize || folded[0] >= LetterTableSize
            || !normalized.IsNormalized(NormalizationForm.FormC)
            || !string.Equals(TextFolding.UnicodeNormalize(normalized), normalized, StringComparison.Ordinal)
            || !string.Equals(TextFolding.UnicodeFold(normalized), folded, StringComparison.Ordinal)
            || !string.Equals(TextFolding.UnicodeFold(folded), folded, StringComparison.Ordinal))
        {
            return FoldedLetter.Unknown;
        }

        var marks = Marks(normalized);
        if (marks.Length > MaxMarks)
        {
            return FoldedLetter.Unknown;
        }

        var lower = normalized[0];
        s_lower[c] = lower;
        s_folded[lower] = folded[0];
        s_marks[lower] = marks;
        return FoldedLetter.Letter;
    }

    /// <summary>The diacritics as <see cref="LexiconToken.From"/> sorts them.</summary>
    private static string Marks(string normalized)
    {
        var marks = normalized.Normalize(NormalizationForm.FormD)
            .Where(c => c == 'đ' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            .Order()
            .ToArray();
        return marks.Length == 0 ? string.Empty : new string(marks);
    }

    private static bool InBlocks(char c) => s_blocks.Any(block => c >= block.First && c <= block.Last);

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c)
        is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
