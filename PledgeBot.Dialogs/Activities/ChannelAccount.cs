using System.Text.Json;
using System.Text.Json.Serialization;

namespace PledgeBot.Dialogs.Activities;

/// <summary>A user or bot on a channel (Bot Framework Activity schema).</summary>
public sealed record ChannelAccount
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? AadObjectId { get; init; }

    public string? Role { get; init; }

    // Settable because System.Text.Json cannot fill extension data through an init accessor.
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
