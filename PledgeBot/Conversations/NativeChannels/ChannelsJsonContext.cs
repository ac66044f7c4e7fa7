using System.Text.Json.Serialization;

namespace PledgeBot.Conversations.NativeChannels;

/// <summary>Source-generated JSON for what the channels keep in the store between webhooks: a "More…" list and a
/// Telegram keyboard's titles. Shaped as the wire protocol (camelCase, nulls omitted), as their actions came.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(OverflowRest))]
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class ChannelsJsonContext : JsonSerializerContext;
