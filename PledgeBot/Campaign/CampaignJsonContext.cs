using System.Text.Json;
using System.Text.Json.Serialization;
using PledgeBot.Campaign.Live;
using PledgeBot.Campaign.Stats;

namespace PledgeBot.Campaign;

/// <summary>Source-generated JSON (camelCase) of the campaign's public shapes: the totals the big-screen page and /api/stats read.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(PublicTotals))]
[JsonSerializable(typeof(LiveTotals))]
internal sealed partial class CampaignJsonContext : JsonSerializerContext;
