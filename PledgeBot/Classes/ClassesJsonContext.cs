using System.Text.Json;
using System.Text.Json.Serialization;

namespace PledgeBot.Classes;

/// <summary>Source-generated JSON of the class API and the teacher screen's stream, camelCase.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ClassRequest))]
[JsonSerializable(typeof(ClassCreated))]
[JsonSerializable(typeof(ClassSummary))]
[JsonSerializable(typeof(IReadOnlyList<ClassSummary>))]
[JsonSerializable(typeof(ClassScreen))]
[JsonSerializable(typeof(ClassResults))]
[JsonSerializable(typeof(ClassDashboard))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(long))]
internal sealed partial class ClassesJsonContext : JsonSerializerContext;
