using System.Text.Json;

namespace PledgeBot.Tests.Conversations.NativeChannels.Messenger;

/// <summary>One call the fake Graph API received, with when it arrived (since the fake started).</summary>
public sealed record FakeGraphRequest(
    string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body, TimeSpan At)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public string? Recipient => Json.TryGetProperty("recipient", out var recipient) ? recipient.GetProperty("id").GetString() : null;

    public JsonElement Message => Json.GetProperty("message");

    /// <summary>The message's text, or a short tag for an attachment (for transcripts).</summary>
    public string Text => Message.TryGetProperty("text", out var text) ? text.GetString()!
        : Message.TryGetProperty("attachment", out var attachment) ? $"[{attachment.GetProperty("type").GetString()}]"
        : "[?]";

    public IReadOnlyList<string> QuickReplyTitles => Message.TryGetProperty("quick_replies", out var replies)
        ? [.. replies.EnumerateArray().Select(reply => reply.GetProperty("title").GetString()!)]
        : [];
}
