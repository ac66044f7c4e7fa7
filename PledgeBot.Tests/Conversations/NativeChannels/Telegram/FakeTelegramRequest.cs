using System.Text.Json;

namespace PledgeBot.Tests.Conversations.NativeChannels.Telegram;

/// <summary>One Bot API call the bot made to the fake: <see cref="Path"/> as sent (<c>/bot&lt;token&gt;/&lt;method&gt;</c>).</summary>
public sealed record FakeTelegramRequest(
    string HttpMethod,
    string Path,
    string Query,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    TimeSpan ReceivedAt)
{
    public string BotMethod => Path[(Path.LastIndexOf('/') + 1)..];

    public JsonElement Json => Body.Length == 0 ? default : JsonDocument.Parse(Body).RootElement;

    public string? ChatId => Json.ValueKind == JsonValueKind.Object && Json.TryGetProperty("chat_id", out var chat) ? chat.ToString() : null;

    /// <summary>A message's text or a photo's caption.</summary>
    public string? Text => Json.ValueKind != JsonValueKind.Object ? null
        : Json.TryGetProperty("text", out var text) ? text.GetString()
        : Json.TryGetProperty("caption", out var caption) ? caption.GetString()
        : null;

    /// <summary>The titles on the reply keyboard, row by row flattened; empty when there is none.</summary>
    public IReadOnlyList<string> KeyboardTitles =>
        Json.ValueKind == JsonValueKind.Object && Json.TryGetProperty("reply_markup", out var markup) && markup.TryGetProperty("keyboard", out var rows)
            ? [.. rows.EnumerateArray().SelectMany(row => row.EnumerateArray()).Select(button => button.GetProperty("text").GetString()!)]
            : [];

    /// <summary>The reply keyboard's rows of titles; empty when there is none.</summary>
    public IReadOnlyList<IReadOnlyList<string>> KeyboardRows =>
        Json.ValueKind == JsonValueKind.Object && Json.TryGetProperty("reply_markup", out var markup) && markup.TryGetProperty("keyboard", out var rows)
            ? [.. rows.EnumerateArray().Select(row => (IReadOnlyList<string>)[.. row.EnumerateArray().Select(button => button.GetProperty("text").GetString()!)])]
            : [];

    /// <summary>The inline keyboard's buttons as (text, url or callback_data), row by row flattened.</summary>
    public IReadOnlyList<(string Text, string? Url, string? Data)> InlineButtons =>
        Json.ValueKind == JsonValueKind.Object && Json.TryGetProperty("reply_markup", out var markup) && markup.TryGetProperty("inline_keyboard", out var rows)
            ? [.. rows.EnumerateArray().SelectMany(row => row.EnumerateArray()).Select(b => (
                b.GetProperty("text").GetString()!,
                b.TryGetProperty("url", out var url) ? url.GetString() : null,
                b.TryGetProperty("callback_data", out var data) ? data.GetString() : null))]
            : [];
}
