using System.Text.Json.Serialization;

namespace PledgeBot.Dialogs.Flows.Pledge.Provinces;

/// <summary>How <see cref="ProvinceState"/> is stored on the dialog stack and handed to the calling flow.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ProvinceState))]
internal sealed partial class ProvinceJsonContext : JsonSerializerContext;
