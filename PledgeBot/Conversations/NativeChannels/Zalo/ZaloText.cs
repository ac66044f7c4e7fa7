namespace PledgeBot.Conversations.NativeChannels.Zalo;

/// <summary>Text over one message's limit, split into pieces that each fit: at a paragraph, line or word break when
/// one is near, else mid-word. Every character is kept.</summary>
public static class ZaloText
{
    public static IReadOnlyList<string> Split(string text, int limit)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 2);
        var pieces = new List<string>();
        var rest = text.AsSpan();
        while (rest.Length > limit)
        {
            var cut = BreakBefore(rest[..limit]);
            pieces.Add(rest[..cut].TrimEnd().ToString());
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0 || pieces.Count == 0)
        {
            pieces.Add(rest.ToString());
        }

        return pieces;
    }

    // The last paragraph, line or space break in the window's second half; else the whole window, not splitting a
    // surrogate pair.
    private static int BreakBefore(ReadOnlySpan<char> window)
    {
        var half = window.Length / 2;
        foreach (var separator in new[] { "\n\n", "\n", " " })
        {
            var at = window.LastIndexOf(separator.AsSpan());
            if (at >= half)
            {
                return at + separator.Length;
            }
        }

        return char.IsHighSurrogate(window[^1]) ? window.Length - 1 : window.Length;
    }
}
