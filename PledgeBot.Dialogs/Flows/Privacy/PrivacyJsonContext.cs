using System.Text.Json.Serialization;

namespace PledgeBot.Dialogs.Flows.Privacy;

/// <summary>How the delete-my-data flow stores its state in a dialog frame.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, PropertyNameCaseInsensitive = true, UseStringEnumConverter = true)]
[JsonSerializable(typeof(DeleteMyDataState))]
public sealed partial class PrivacyJsonContext : JsonSerializerContext;
