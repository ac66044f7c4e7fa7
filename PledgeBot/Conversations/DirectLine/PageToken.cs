using System.Text.Json.Serialization;

namespace PledgeBot.Conversations.DirectLine;

/// <summary>The answer to <c>POST /api/directline/token</c>: Direct Line's conversation and token, the user token to
/// keep for next time, and whether this continues the browser's earlier conversation.</summary>
public sealed record PageToken(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string UserToken,
    bool Resumed);
