using System.Text.Json.Serialization;

namespace PledgeBot.Dialogs.Flows.Quiz;

// The quiz's own context: System.Text.Json cannot split DialogsJsonContext's [JsonSerializable] list across partial
// files (dotnet/runtime#99669), and that file belongs to the engine.
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(QuizState))]
internal sealed partial class QuizJsonContext : JsonSerializerContext;
