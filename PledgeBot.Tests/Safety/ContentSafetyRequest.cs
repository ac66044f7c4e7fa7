using System.Text.Json;

namespace PledgeBot.Tests.Safety;

/// <summary>One request the fake Content Safety service received.</summary>
public sealed record ContentSafetyRequest(string PathAndQuery, string SubscriptionKey, string Authorization, string ContentType, JsonElement Body)
{
    public string Text => Body.GetProperty("text").GetString()!;
}
