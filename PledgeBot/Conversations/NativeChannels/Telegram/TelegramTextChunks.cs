namespace PledgeBot.Conversations.NativeChannels.Telegram;

/// <summary>Splits text into pieces Telegram takes (a message is 1–4096 characters, a caption 0–1024), at line breaks
/// where possible, then at spaces, and never inside a surrogate pair. Nothing is dropped.</summary>
public static class TelegramTextChunks
{
    public const int MessageLimit = 4096;
    public const int CaptionLimit = 1024;

    public static IReadOnlyList<string> Split(string text, int limit)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 2);
        var chunks = new List<string>();
        var rest = text.AsSpan();
        while (rest.Length > limit)
        {
            var cut = CutAt(rest, limit);
            var chunk = rest[..cut].TrimEnd();
            if (!chunk.IsEmpty)
            {
                chunks.Add(chunk.ToString());
            }

            rest = rest[cut..].TrimStart('\n');
        }

        if (!rest.IsWhiteSpace() || chunks.Count == 0)
        {
            chunks.Add(rest.ToString());
        }

        return chunks;
    }

    /// <summary>The first piece of <paramref name="text"/> that fits <paramref name="limit"/>, and the rest (or null).</summary>
    public static (string Head, string? Remainder) Head(string text, int limit)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= limit)
        {
            return (text, null);
        }

        var cut = CutAt(text, limit);
        var rest = text[cut..].TrimStart('\n');
        return (text[..cut].TrimEnd(), rest.Length == 0 ? null : rest);
    }

    // The last line break within the limit, else the last space, else the limit itself (moved off a surrogate pair).
    private static int CutAt(ReadOnlySpan<char> text, int limit)
    {
        var window = text[..limit];
        var lineBreak = window.LastIndexOf('\n');
        if (lineBreak > 0)
        {
            return lineBreak + 1;
        }

        var space = window.LastIndexOf(' ');
        if (space > 0)
        {
            return space + 1;
        }

        return char.IsHighSurrogate(text[limit - 1]) ? limit - 1 : limit;
    }
}
