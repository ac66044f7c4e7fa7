using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace PledgeBot.Tests.Integration.Http;

/// <summary>Activities as channels send them, as JSON, so tests can also send what the model would not write.</summary>
internal static class TestActivities
{
    public const string UserId = "user-1";
    public const string BotId = "bot-1";
    public const string Channel = "emulator";

    /// <summary>A conversation id with the characters real ones carry (':', '|', ';', '@', '=').</summary>
    public static string NewConversationId() => $"19:{Guid.NewGuid():N}|test;messageid=1@thread.v2=x";

    /// <summary>An activity id shaped like Direct Line's.</summary>
    public static string NewActivityId() => $"{Guid.NewGuid():N}|0000005";

    public static JsonObject Message(string conversationId, string? serviceUrl, string? deliveryMode = null) =>
        Activity("message", conversationId, serviceUrl, deliveryMode, text: "xin chào");

    public static JsonObject Activity(
        string type, string conversationId, string? serviceUrl, string? deliveryMode = null, string? text = null, string channel = Channel)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = NewActivityId(),
            ["timestamp"] = "2026-11-23T06:05:00.123Z",
            ["channelId"] = channel,
            ["from"] = new JsonObject { ["id"] = UserId, ["name"] = "Lan" },
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "PledgeBot" },
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["locale"] = "vi-VN",
        };
        Set(activity, "serviceUrl", serviceUrl);
        Set(activity, "deliveryMode", deliveryMode);
        Set(activity, "text", text);
        return activity;
    }

    public static HttpContent Content(JsonNode activity) => Content(activity.ToJsonString());

    public static HttpContent Content(string json) =>
        new ByteArrayContent(Encoding.UTF8.GetBytes(json)) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };

    private static void Set(JsonObject activity, string name, string? value)
    {
        if (value is not null)
        {
            activity[name] = value;
        }
    }
}
