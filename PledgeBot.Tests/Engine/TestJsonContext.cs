using System.Text.Json.Serialization;

namespace PledgeBot.Tests.Engine;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SurveyState))]
[JsonSerializable(typeof(BandState))]
internal sealed partial class TestJsonContext : JsonSerializerContext;
