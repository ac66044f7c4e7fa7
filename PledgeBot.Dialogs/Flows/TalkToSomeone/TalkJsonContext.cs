using System.Text.Json.Serialization;

namespace PledgeBot.Dialogs.Flows.TalkToSomeone;

/// <summary>The value of the handoff.initiate event sent to the agent hub.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, PropertyNameCaseInsensitive = true, UseStringEnumConverter = true)]
[JsonSerializable(typeof(HandoffRequest))]
public sealed partial class TalkJsonContext : JsonSerializerContext;
