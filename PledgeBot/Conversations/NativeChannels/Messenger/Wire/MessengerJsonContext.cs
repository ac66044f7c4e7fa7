using System.Text.Json;
using System.Text.Json.Serialization;

namespace PledgeBot.Conversations.NativeChannels.Messenger.Wire;

/// <summary>Source-generated JSON for the Send API, in its snake_case, leaving out what is not set.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(MessengerSendRequest))]
[JsonSerializable(typeof(MessengerMessage))]
[JsonSerializable(typeof(MessengerErrorBody))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class MessengerJsonContext : JsonSerializerContext;
