using System.Globalization;
using System.Text;

namespace PledgeBot.Dialogs.Content;

/// <summary>Normalises what users type so answers match however they were typed: case, spacing, trailing
/// punctuation, and — for the many who type without them — Vietnamese diacritics ("dung" for "dừng").</summary>
public static class TextFolding
{
    /// <summary>Lower-case, NFC, single spaces, no surrounding punctuation; diacritics kept.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TableFolding.TryFold(text, fold: false) ?? UnicodeNormalize(text);
    }

    /// <summary><see cref="Normalize"/> without diacritics; đ becomes d.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TableFolding.TryFold(text, fold: true) ?? UnicodeFold(text);
    }

    /// <summary>The text with every lone surrogate (ill-formed UTF-16, which Unicode normalisation refuses) read as
    /// U+FFFD; the same string when it has none.</summary>
    public static string WellFormed(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            builder.Append(rune.ToString());
        }

        return builder.ToString();
    }

    /// <summary><see cref="Normalize"/> through the Unicode tables, for any text.</summary>
    internal static string UnicodeNormalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in WellFormed(text).Normalize(NormalizationForm.FormC))
        {
            if (char.IsWhiteSpace(c) || c == '_' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DashPunctuation)
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            // Emoji (surrogate pairs, joiners, variation selectors) and punctuation never decide an answer.
            if (char.IsPunctuation(c) || char.IsSymbol(c) || char.IsSurrogate(c) || c == '\uFE0F'
                || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary><see cref="Fold"/> through the Unicode tables, for any text.</summary>
    internal static string UnicodeFold(string text)
    {
        var decomposed = UnicodeNormalize(text).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c == 'đ' ? 'd' : c);
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
