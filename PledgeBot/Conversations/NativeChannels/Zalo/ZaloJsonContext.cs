using System.Text.Json;
using System.Text.Json.Serialization;

namespace PledgeBot.Conversations.NativeChannels.Zalo;

/// <summary>Zalo's snake_case shapes; ids and numbers may arrive as strings or numbers.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(ZaloEvent))]
[JsonSerializable(typeof(ZaloSendAnswer))]
[JsonSerializable(typeof(ZaloTokenAnswer))]
internal sealed partial class ZaloJsonContext : JsonSerializerContext;
