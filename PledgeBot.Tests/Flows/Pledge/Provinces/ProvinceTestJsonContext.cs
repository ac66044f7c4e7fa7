using System.Text.Json.Serialization;

namespace PledgeBot.Tests.Flows.Pledge.Provinces;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PledgeStubState))]
internal sealed partial class ProvinceTestJsonContext : JsonSerializerContext;
