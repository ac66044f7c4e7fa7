namespace PledgeBot.Campaign;

/// <summary>The field of a per-day combination hash: the counted values joined by <c>|</c>, e.g.
/// <c>ha-noi|zalo|KOL01|15-17</c>; an empty part means "none" (no referral code).</summary>
internal static class CountedMix
{
    public const char Separator = '|';

    // A separator inside a value (a channel id comes from outside) would shift the staff CSV's columns.
    public static string Of(params ReadOnlySpan<string?> parts)
    {
        var cleaned = new string[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            cleaned[i] = (parts[i] ?? string.Empty).Replace(Separator, '/');
        }

        return string.Join(Separator, cleaned);
    }
}
