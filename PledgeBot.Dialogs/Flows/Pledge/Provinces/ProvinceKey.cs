using PledgeBot.Dialogs.Content;

namespace PledgeBot.Dialogs.Flows.Pledge.Provinces;

/// <summary>The forms in which typed answers and content phrases are compared: folded (no case, diacritics or
/// punctuation), without "TP."/"thành phố"/"tỉnh" in front or "city"/"province" behind.</summary>
internal static class ProvinceKey
{
    private static readonly string[] s_prefixes = ["thanh pho ", "tp ", "tinh "];
    private static readonly string[] s_compactPrefixes = ["thanhpho", "tp", "tinh"];
    private static readonly string[] s_suffixes = [" city", " province"];
    private static readonly char[] s_dashes = ['–', '—', '-'];

    /// <summary>"TP. Hồ Chí Minh" → "ho chi minh".</summary>
    public static string Words(string text)
    {
        var words = TextFolding.Fold(text);
        if (s_prefixes.FirstOrDefault(p => words.StartsWith(p, StringComparison.Ordinal)) is { } prefix)
        {
            words = words[prefix.Length..];
        }

        if (s_suffixes.FirstOrDefault(s => words.EndsWith(s, StringComparison.Ordinal)) is { } suffix)
        {
            words = words[..^suffix.Length];
        }

        return words;
    }

    /// <summary>The words run together, so "ha noi", "hanoi" and "TP.Hà Nội" all become "hanoi".</summary>
    public static string Compact(string text)
    {
        var compact = Words(text).Replace(" ", string.Empty, StringComparison.Ordinal);

        // "tp.hcm" folds with no space after "tp", so the prefix is only found once the words are joined.
        var prefix = s_compactPrefixes.FirstOrDefault(p => compact.Length > p.Length && compact.StartsWith(p, StringComparison.Ordinal));
        return prefix is null ? compact : compact[prefix.Length..];
    }

    /// <summary>A stable id for a former province's name: "Bà Rịa–Vũng Tàu" → "ba-ria-vung-tau".</summary>
    public static string Slug(string name) => TextFolding.Fold(name).Replace(' ', '-');

    /// <summary>The name, and for a name joined with a dash ("Bà Rịa–Vũng Tàu") each part, which people use alone.</summary>
    public static IEnumerable<string> Parts(string name)
    {
        var parts = name.Split(s_dashes, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length > 1 ? [name, .. parts] : [name];
    }
}
