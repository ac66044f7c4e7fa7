using System.Text.Json;
using System.Text.Json.Serialization;

namespace PledgeBot.Dialogs.Activities;

/// <summary>A card or file on an activity; <see cref="Content"/> stays raw JSON (Bot Framework Activity schema).</summary>
public sealed record Attachment
{
    public string? ContentType { get; init; }

    public string? ContentUrl { get; init; }

    public JsonElement? Content { get; init; }

    public string? Name { get; init; }

    public string? ThumbnailUrl { get; init; }

    // Settable because System.Text.Json cannot fill extension data through an init accessor.
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
