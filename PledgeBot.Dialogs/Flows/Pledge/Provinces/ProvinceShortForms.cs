using System.Collections.Frozen;

namespace PledgeBot.Dialogs.Flows.Pledge.Provinces;

/// <summary>Short forms that name several places: the user is asked which one, never guessed for.
/// Keys are compact folded forms ("đn" arrives as "dn"); values are place ids, former provinces by their folded name.</summary>
internal static class ProvinceShortForms
{
    private static readonly FrozenDictionary<string, string[]> s_candidates = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["dn"] = ["da-nang", "dong-nai", "dak-nong"],
        ["qn"] = ["quang-ninh", "quang-nam", "quang-ngai"],
        ["bd"] = ["binh-duong", "binh-dinh"],
        ["bt"] = ["binh-thuan", "ben-tre"],
        ["tn"] = ["thai-nguyen", "tay-ninh"],
        ["hg"] = ["ha-giang", "hau-giang"],
        ["la"] = ["long-an", "lai-chau"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static IReadOnlyCollection<string> All => s_candidates.Keys;

    public static IReadOnlyList<string>? Candidates(string compactKey) =>
        s_candidates.TryGetValue(compactKey, out var ids) ? ids : null;
}
