namespace PledgeBot.Conversations.NativeChannels.Messenger;

/// <summary>Splits a text longer than one message allows into parts, at a line break where there is one, else at a
/// space, else between characters: every word arrives, in order.</summary>
public static class MessengerTextSplit
{
    public static IReadOnlyList<string> Split(string text, int limit = MessengerLimits.Text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = new List<string>();
        var rest = text.AsSpan();
        while (rest.Length > limit)
        {
            var window = rest[..limit];
            var cut = window.LastIndexOf('\n');
            if (cut <= 0)
            {
                cut = window.LastIndexOf(' ');
            }

            if (cut <= 0)
            {
                cut = char.IsHighSurrogate(window[^1]) ? limit - 1 : limit;
            }

            AddPart(parts, rest[..cut]);
            rest = rest[cut..].TrimStart('\n').TrimStart(' ');
        }

        AddPart(parts, rest);
        return parts;
    }

    private static void AddPart(List<string> parts, ReadOnlySpan<char> part)
    {
        if (!part.IsWhiteSpace())
        {
            parts.Add(part.TrimEnd().ToString());
        }
    }
}
