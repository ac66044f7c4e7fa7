using System.Text.Json.Serialization;

namespace PledgeBot.Dialogs.Flows.Pledge.Provinces;

/// <summary>How the province question stores its state in a dialog frame.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, PropertyNameCaseInsensitive = true, UseStringEnumConverter = true)]
[JsonSerializable(typeof(ProvinceState))]
public sealed partial class ProvinceJsonContext : JsonSerializerContext;
