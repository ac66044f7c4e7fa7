using System.Text;
using CsCheck;
using PledgeBot.Dialogs.Content;

namespace PledgeBot.Tests.Safety.Lexicon;

/// <summary>Generated messages made of the shipped lexicon's own pieces — danger phrases, their look-alikes, negations
/// and other cues, teen-speak — mixed with everyday words, punctuation and emoji, and typed as teenagers type: without
/// diacritics, in capitals, with the spaces taken out or put between letters, letters stretched, diacritics as
/// combining marks, now and then a character of another script.</summary>
internal static class LexiconTexts
{
    private static readonly string[] s_everyday =
    [
        "mình", "em", "tao", "bạn", "hôm nay", "thì", "là", "rồi", "nha", "ok", "haha", "vậy", "đi học", "game", "boss",
        "bài kiểm tra", "mẹ", "bố", "anh", "chị", "nó", "họ", "the", "a", "i", "you", "it", "so", "really", "just", "my",
        "k", "ko", "dc", "r", "ny", "bme", "oy", "z", "hok", "e", "mk", "j", "không", "chẳng", "don't", "never", "not",
    ];

    private static readonly string[] s_between =
    [
        " ", " ", " ", "  ", "", ", ", ". ", "! ", "? ", "... ", " - ", "_", " 😭 ", " 😂", " 🔪 ", " :( ", "\"", " (", ") ",
        "; ", "’", "'", "…", "\n", " ❤️ ", " 👍🏽 ", "\t",
    ];

    private static readonly string[] s_strange = ["\u0301", "\u0323", "й", "Ω", "ß", "İ", "ﬁ", "Ａ", "\u00A0", "\u200B", "\u00AD", "½", "\U0002F800", "\uD83D", "x\u0308", "ǅ"];

    /// <summary>A message of one to eight pieces.</summary>
    public static Gen<string> Messages(ContentCatalog content)
    {
        var documents = new[] { content.SafetyLexicon(Language.Vietnamese), content.SafetyLexicon(Language.English) };
        var phrases = documents.SelectMany(d => d.SafetyTerms).SelectMany(t => t.Phrases).ToArray();
        var lookAlikes = documents.SelectMany(d => d.SafetyTerms).SelectMany(t => t.Except).ToArray();
        var cues = documents.SelectMany(d => d.SafetyCues).SelectMany(c => c.Phrases).ToArray();
        var shorthand = documents.SelectMany(d => d.SafetyShorthand.Keys).ToArray();
        var words = phrases.Concat(lookAlikes).Concat(cues).SelectMany(p => p.Split(' ')).Distinct().ToArray();
        var piece = Gen.Frequency(
            (5, Typed(Gen.OneOf(phrases))),
            (3, Typed(Gen.OneOf(lookAlikes))),
            (4, Typed(Gen.OneOf(cues))),
            (3, Gen.OneOf(words)),
            (3, Gen.OneOf(s_everyday)),
            (1, Gen.OneOf(shorthand)),
            (1, Gen.OneOf(s_strange)));
        return Gen.Select(piece, Gen.OneOf(s_between)).Array[1, 8]
            .Select(parts => string.Concat(parts.Select(part => part.Item1 + part.Item2)));
    }

    /// <summary>A phrase as typed: mostly as listed, or changed the ways teenagers change it.</summary>
    private static Gen<string> Typed(Gen<string> phrase) => Gen.Select(phrase, Gen.Int[0, 12], Gen.Int[0, 1000], (text, how, at) => how switch
    {
        0 or 1 => Bare(text),
        2 => text.Replace(" ", string.Empty, StringComparison.Ordinal),
        3 => string.Join(' ', text.Replace(" ", string.Empty, StringComparison.Ordinal).ToCharArray()),
        4 => text.ToUpperInvariant(),
        5 => Stretch(text, at),
        6 => text.Normalize(NormalizationForm.FormD),
        7 => Bare(text).Replace(" ", string.Empty, StringComparison.Ordinal),
        8 => text.Insert(at % (text.Length + 1), " "),
        9 => MoveSpace(Bare(text), at),
        _ => text,
    });

    private static string Bare(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c switch { 'đ' => 'd', 'Đ' => 'D', _ => c });
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>One space moved elsewhere: as many words as the phrase has, cut at other places ("muo nchet").</summary>
    private static string MoveSpace(string text, int at)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0)
        {
            return text;
        }

        var joined = text.Remove(space, 1);
        return joined.Insert(1 + (at % Math.Max(1, joined.Length - 1)), " ");
    }

    private static string Stretch(string text, int at)
    {
        var i = at % text.Length;
        return text[..i] + new string(text[i], 3) + text[i..];
    }
}
