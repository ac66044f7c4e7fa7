using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace PledgeBot.Tests.Integration.Http;

internal static class HttpClientExtensions
{
    public static Task<HttpResponseMessage> PostActivityAsync(this HttpClient client, JsonNode activity) =>
        client.PostAsync("/api/messages", TestActivities.Content(activity));

    /// <summary>The activities of an expectReplies answer.</summary>
    public static async Task<JsonArray> ReadActivitiesAsync(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return Assert.IsType<JsonArray>(body?["activities"]);
    }
}
