using System.Text.Json;
using System.Text.Json.Serialization;

namespace PledgeBot.Dialogs.Activities;

/// <summary>Where a conversation lives, enough to message it later (Bot Framework Activity schema, relatesTo).</summary>
public sealed record ConversationReference
{
    public string? ActivityId { get; init; }

    public ChannelAccount? User { get; init; }

    public ChannelAccount? Bot { get; init; }

    public ConversationAccount? Conversation { get; init; }

    public string? ChannelId { get; init; }

    public string? ServiceUrl { get; init; }

    public string? Locale { get; init; }

    // Settable because System.Text.Json cannot fill extension data through an init accessor.
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
