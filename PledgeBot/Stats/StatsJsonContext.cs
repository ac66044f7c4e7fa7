using System.Text.Json;
using System.Text.Json.Serialization;

namespace PledgeBot.Stats;

/// <summary>Source-generated JSON for the public totals, camelCase as the big-screen page reads them.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(PublicTotals))]
internal sealed partial class StatsJsonContext : JsonSerializerContext;
