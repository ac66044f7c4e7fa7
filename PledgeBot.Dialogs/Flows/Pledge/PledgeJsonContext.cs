using System.Text.Json.Serialization;

namespace PledgeBot.Dialogs.Flows.Pledge;

/// <summary>How the pledge flow stores its state in a dialog frame.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, PropertyNameCaseInsensitive = true, UseStringEnumConverter = true)]
[JsonSerializable(typeof(PledgeState))]
public sealed partial class PledgeJsonContext : JsonSerializerContext;
