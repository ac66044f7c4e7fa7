using System.Text.Json.Serialization;

namespace PledgeBot.Tests.Dialogs;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SurveyState))]
[JsonSerializable(typeof(BandState))]
internal sealed partial class TestJsonContext : JsonSerializerContext;
