using System.Text.Json;

namespace PledgeBot.Tests.Conversations.NativeChannels.Zalo;

/// <summary>One call the fake Zalo received.</summary>
public sealed record FakeZaloRequest(
    string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body, TimeSpan At, string Answer)
{
    public bool IsSend => Path == "/v3.0/oa/message/cs";

    public bool IsRefresh => Path == "/v4/oa/access_token";

    /// <summary>A send call's recipient user id.</summary>
    public string? UserId => IsSend ? Json.GetProperty("recipient").GetProperty("user_id").GetString() : null;

    /// <summary>A send call's <c>message</c>.</summary>
    public JsonElement Message => Json.GetProperty("message");

    public string? Text => Message.TryGetProperty("text", out var text) ? text.GetString() : null;

    /// <summary>A send call's button titles, empty when it has none.</summary>
    public IReadOnlyList<string> ButtonTitles =>
        Message.TryGetProperty("attachment", out var attachment) && attachment.GetProperty("payload").TryGetProperty("buttons", out var buttons)
            ? [.. buttons.EnumerateArray().Select(button => button.GetProperty("title").GetString()!)]
            : [];

    public IReadOnlyList<JsonElement> Buttons =>
        Message.TryGetProperty("attachment", out var attachment) && attachment.GetProperty("payload").TryGetProperty("buttons", out var buttons)
            ? [.. buttons.EnumerateArray()]
            : [];

    public string? ImageUrl =>
        Message.TryGetProperty("attachment", out var attachment) && attachment.GetProperty("payload").TryGetProperty("elements", out var elements)
            ? elements[0].GetProperty("url").GetString()
            : null;

    private JsonElement Json => JsonDocument.Parse(Body).RootElement;

    /// <summary>A one-line transcript entry.</summary>
    public string Describe() =>
        ImageUrl is { } image ? $"[image {image}]"
        : ButtonTitles.Count > 0 ? $"{Text} [{string.Join(" | ", ButtonTitles)}]"
        : Text ?? string.Empty;
}
