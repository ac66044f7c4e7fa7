namespace PledgeBot.Safety;

/// <summary>Cuts a long message into parts the text:analyze call accepts (10,000 Unicode characters each), at a space
/// when one is near the cut and never inside a surrogate pair. At most <see cref="MaxParts"/> parts are sent: a pasted
/// essay beyond them is still read in full by the local analyzer, and one message never costs more than three calls.</summary>
public static class ContentSafetyParts
{
    /// <summary>The service's limit is in code points; UTF-16 units are never fewer, so this length always fits.</summary>
    public const int MaxLength = 10_000;

    public const int MaxParts = 3;

    private static readonly char[] s_breaks = [' ', '\n', '\r', '\t'];

    public static IReadOnlyList<string> Split(string text, int maxLength = MaxLength, int maxParts = MaxParts)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        var parts = new List<string>();
        var rest = text.AsSpan().Trim();
        while (rest.Length > 0 && parts.Count < maxParts)
        {
            if (rest.Length <= maxLength)
            {
                parts.Add(rest.ToString());
                break;
            }

            // A space in the last tenth keeps a word whole; a long run of letters (a URL, a keyboard smash) is cut.
            var cut = rest[..maxLength].LastIndexOfAny(s_breaks);
            if (cut < maxLength - (maxLength / 10) || cut <= 0)
            {
                cut = char.IsHighSurrogate(rest[maxLength - 1]) ? maxLength - 1 : maxLength;
            }

            parts.Add(rest[..cut].TrimEnd().ToString());
            rest = rest[cut..].TrimStart();
        }

        return parts;
    }
}
