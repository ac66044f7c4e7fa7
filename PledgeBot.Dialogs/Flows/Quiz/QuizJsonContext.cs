using System.Text.Json.Serialization;

namespace PledgeBot.Dialogs.Flows.Quiz;

/// <summary>How the quiz stores its state in a dialog frame.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, PropertyNameCaseInsensitive = true, UseStringEnumConverter = true)]
[JsonSerializable(typeof(QuizState))]
public sealed partial class QuizJsonContext : JsonSerializerContext;
