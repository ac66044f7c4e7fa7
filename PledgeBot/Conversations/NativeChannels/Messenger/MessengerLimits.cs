using System.Globalization;

namespace PledgeBot.Conversations.NativeChannels.Messenger;

/// <summary>The Messenger Send API's sizes and the one way text is fitted to them: whole characters, and an
/// ellipsis to show something was shortened (the full wording is then sent elsewhere in the same reply).</summary>
public static class MessengerLimits
{
    public const int Text = 2000;
    public const int QuickReplies = 13;
    public const int QuickReplyTitle = 20;
    public const int ButtonTitle = 20;
    public const int Payload = 1000;
    public const int ElementTitle = 80;
    public const int ElementSubtitle = 80;
    public const int ButtonsPerTemplate = 3;
    public const int ButtonTemplateText = 640;

    /// <summary><paramref name="text"/> cut to <paramref name="limit"/> UTF-16 units (the strictest way Meta could count)
    /// between whole characters (between words where it can), ending in "…" when cut.</summary>
    public static string Shorten(string text, int limit)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= limit)
        {
            return text;
        }

        var kept = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var end = elements.ElementIndex + ((string)elements.Current).Length;
            if (end > limit - 1)
            {
                break;
            }

            kept = end;
        }

        // Between words when a space is near enough: "Cần người lắng…" reads better than "Cần người lắng n…".
        var shown = text.AsSpan(0, kept);
        var space = shown.LastIndexOf(' ');
        if (!char.IsWhiteSpace(text[kept]) && space > kept / 2)
        {
            shown = shown[..space];
        }

        return string.Concat(shown.TrimEnd(), "…");
    }
}
