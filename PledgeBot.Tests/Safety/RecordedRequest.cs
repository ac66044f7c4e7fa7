using System.Text.Json;

namespace PledgeBot.Tests.Safety;

/// <summary>One request the fake language service received.</summary>
public sealed record RecordedRequest(string PathAndQuery, string SubscriptionKey, string ContentType, string Kind, JsonElement Body);
