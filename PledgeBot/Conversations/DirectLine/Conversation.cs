using System.Text.Json.Serialization;

namespace PledgeBot.Conversations.DirectLine;

/// <summary>Direct Line's Conversation: the answer to token requests (no stream URL), start and reconnect.</summary>
public sealed record Conversation(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string? StreamUrl = null);
