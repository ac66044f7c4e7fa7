using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace PledgeBot.Tests.Conversations.DirectLine;

/// <summary>Calls the local Direct Line as DirectLineJS does, over real HTTP.</summary>
internal sealed class DirectLineTestClient(HttpClient http)
{
    public const string Base = "v3/directline";

    /// <summary>A page token, then the conversation started with it (as Web Chat does on load).</summary>
    public async Task<JsonObject> StartAsync(string? locale = null)
    {
        var token = await ReadObjectAsync(await http.PostAsync("api/directline/token", null));
        var start = new JsonObject { ["user"] = new JsonObject(), ["locale"] = locale };
        using var response = await SendAsync(HttpMethod.Post, $"{Base}/conversations", (string)token["token"]!, start);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return await ReadObjectAsync(response);
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? bearer, JsonNode? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        return await http.SendAsync(request);
    }

    public async Task<string> PostMessageAsync(JsonObject conversation, string text, string clientActivityId = "client-1")
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["text"] = text,
            ["from"] = new JsonObject { ["id"] = "page-chosen-id", ["name"] = "Lan", ["role"] = "user" },
            ["locale"] = "vi-VN",
            ["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId },
        };
        using var response = await SendAsync(HttpMethod.Post, ActivitiesPath(conversation), (string)conversation["token"]!, activity);
        response.EnsureSuccessStatusCode();
        return (string)(await ReadObjectAsync(response))["id"]!;
    }

    public async Task<JsonObject> GetActivitiesAsync(JsonObject conversation, string? watermark)
    {
        using var response = await SendAsync(
            HttpMethod.Get, $"{ActivitiesPath(conversation)}?watermark={watermark}", (string)conversation["token"]!);
        response.EnsureSuccessStatusCode();
        return await ReadObjectAsync(response);
    }

    public static string ActivitiesPath(JsonObject conversation) =>
        $"{Base}/conversations/{Uri.EscapeDataString((string)conversation["conversationId"]!)}/activities";

    public static async Task<JsonObject> ReadObjectAsync(HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        return Assert.IsType<JsonObject>(await response.Content.ReadFromJsonAsync<JsonNode>());
    }
}
