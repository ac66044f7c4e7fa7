using System.Text.Json;
using System.Text.Json.Serialization;

namespace PledgeBot.Dialogs.Activities;

/// <summary>The conversation an activity belongs to (Bot Framework Activity schema).</summary>
public sealed record ConversationAccount
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public bool? IsGroup { get; init; }

    public string? ConversationType { get; init; }

    public string? TenantId { get; init; }

    public string? AadObjectId { get; init; }

    public string? Role { get; init; }

    // Settable because System.Text.Json cannot fill extension data through an init accessor.
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
