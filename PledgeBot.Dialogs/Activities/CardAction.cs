using System.Text.Json;
using System.Text.Json.Serialization;

namespace PledgeBot.Dialogs.Activities;

/// <summary>A button or suggested action (Bot Framework Activity schema); <see cref="Value"/> may be a string or an
/// object.</summary>
public sealed record CardAction
{
    public string? Type { get; init; }

    public string? Title { get; init; }

    public string? Image { get; init; }

    public string? ImageAltText { get; init; }

    public string? Text { get; init; }

    public string? DisplayText { get; init; }

    public JsonElement? Value { get; init; }

    public JsonElement? ChannelData { get; init; }

    // Settable because System.Text.Json cannot fill extension data through an init accessor.
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>A visible button whose value comes back as the message text.</summary>
    public static CardAction ImBack(string title, string value) => new()
    {
        Type = ActionTypes.ImBack,
        Title = title,
        Value = JsonSerializer.SerializeToElement(value, ProtocolJsonContext.Default.String),
    };

    public static CardAction OpenUrl(string title, string url) => new()
    {
        Type = ActionTypes.OpenUrl,
        Title = title,
        Value = JsonSerializer.SerializeToElement(url, ProtocolJsonContext.Default.String),
    };

    /// <summary>A button that dials a number on channels that can (value "tel:111").</summary>
    public static CardAction Call(string title, string telUri) => new()
    {
        Type = ActionTypes.Call,
        Title = title,
        Value = JsonSerializer.SerializeToElement(telUri, ProtocolJsonContext.Default.String),
    };

    /// <summary>The value as text, when it is a JSON string.</summary>
    [JsonIgnore]
    public string? ValueText => Value is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;
}
