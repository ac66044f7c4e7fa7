using System.Globalization;
using System.Text;

namespace PledgeBot.Dialogs.Content;

/// <summary>One word as the safety lexicon compares it: without diacritics, plus the diacritics it was typed with,
/// sorted, so "doạ" and "dọa" are one word and "từ" (slowly) is not "tự" (self) — unless typed bare, as "tu".</summary>
internal readonly record struct LexiconToken(string Folded, string Marks)
{
    public static LexiconToken From(string normalizedWord)
    {
        var marks = new List<char>();
        foreach (var c in normalizedWord.Normalize(NormalizationForm.FormD))
        {
            if (c == 'đ' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                marks.Add(c);
            }
        }

        marks.Sort();
        return new LexiconToken(TextFolding.Fold(normalizedWord), new string([.. marks]));
    }

    /// <summary>A word typed without diacritics matches on letters alone; one typed with them must carry the same ones.</summary>
    public bool Matches(LexiconToken lexicon) =>
        string.Equals(Folded, lexicon.Folded, StringComparison.Ordinal)
        && (Marks.Length == 0 || string.Equals(Marks, lexicon.Marks, StringComparison.Ordinal));
}
