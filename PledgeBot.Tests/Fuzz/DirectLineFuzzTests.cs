using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using Xunit.Abstractions;

namespace PledgeBot.Tests.Fuzz;

/// <summary>Generated bearer tokens on every Direct Line route (the WebSocket upgrade too), and generated bodies on the
/// routes that read one, with a valid token so the parsers are reached.</summary>
[Collection(FuzzCollection.Name)]
[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class DirectLineFuzzTests(FuzzHostFixture host, ITestOutputHelper output)
{
    private const string Base = "v3/directline";

    private static readonly JsonObject s_activity = new()
    {
        ["type"] = "message",
        ["from"] = new JsonObject { ["id"] = "page-chosen", ["name"] = "Lan", ["role"] = "user" },
        ["text"] = "xin chào",
        ["textFormat"] = "plain",
        ["locale"] = "vi-VN",
        ["timestamp"] = "2026-11-23T06:05:00.123Z",
        ["replyToId"] = "abc|0000001",
        ["channelData"] = new JsonObject { ["clientActivityID"] = "c-1", ["nested"] = new JsonArray(1, new JsonObject { ["a"] = "b" }) },
        ["value"] = new JsonObject { ["choice"] = "pledge" },
        ["entities"] = new JsonArray(new JsonObject { ["type"] = "ClientCapabilities", ["requiresBotState"] = true }),
        ["suggestedActions"] = new JsonObject
        {
            ["to"] = new JsonArray("u"),
            ["actions"] = new JsonArray(new JsonObject { ["type"] = "imBack", ["title"] = "A", ["value"] = "a" }),
        },
        ["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "text/plain", ["content"] = "x", ["name"] = "n" }),
        ["custom"] = new JsonObject { ["k"] = new JsonArray(true, null) },
    };

    private static readonly JsonObject s_start = new()
    {
        ["user"] = new JsonObject { ["id"] = "dl_fuzz", ["name"] = "Lan" },
        ["locale"] = "vi-VN",
        ["trustedOrigins"] = new JsonArray("https://pledge.example"),
    };

    [Fact]
    public async Task Answers_every_route_for_any_bearer_token_without_a_server_error()
    {
        var mark = host.Log.Errors.Count;
        var conversation = await StartAsync();
        using var client = host.CreateClient();
        var tally = new FuzzTally();

        await Gen.Select(BearerTokens.Generated(conversation.Token), Gen.Int[0, 7]).SampleAsync(
            async (token, route) =>
            {
                using var request = TokenRequest(route, conversation, token);
                using var response = await client.SendAsync(request);
                var body = await FuzzAssert.AnsweredAsync(response, $"route {route} with '{token}'");
                tally.Count(response.StatusCode);
                if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
                {
                    Assert.Contains("detail", Encoding.UTF8.GetString(body), StringComparison.Ordinal);
                }
            },
            iter: 400,
            threads: 2);

        output.WriteLine(tally.ToString());
        await FuzzAssert.StillHealthyAsync(host, mark);
    }

    [Theory]
    [MemberData(nameof(CorpusTokens))]
    public async Task Refuses_a_token_that_is_not_base64url_with_401_and_a_reason(string token)
    {
        var conversation = await StartAsync();
        using var client = host.CreateClient();

        for (var route = 0; route < 7; route++)
        {
            using var request = TokenRequest(route, conversation, token);
            using var response = await client.SendAsync(request);
            await FuzzAssert.RefusedWithReasonAsync(response, $"route {route} with '{token}'", HttpStatusCode.Unauthorized);
        }
    }

    [Theory]
    [MemberData(nameof(CorpusTokens))]
    public async Task Refuses_a_websocket_upgrade_with_a_token_that_is_not_base64url_with_401(string token)
    {
        var conversation = await StartAsync();
        var url = new UriBuilder(host.BaseAddress)
        {
            Scheme = "ws",
            Path = $"{Base}/conversations/{conversation.Id}/stream",
            Query = "t=" + Uri.EscapeDataString(token),
        };
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;

        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(url.Uri, CancellationToken.None));

        Assert.Equal(HttpStatusCode.Unauthorized, socket.HttpStatusCode);
    }

    [Fact]
    public async Task Answers_generated_activities_without_a_server_error_and_keeps_the_log_readable()
    {
        var mark = host.Log.Errors.Count;
        var conversation = await StartAsync();
        using var client = host.CreateClient(conversation.Token);
        var path = $"{Base}/conversations/{conversation.Id}/activities";

        var tally = await FuzzAssert.EveryAnsweredAsync(
            JsonMutations.Of(s_activity), body => client.PostAsync(path, Json(body)), body => $"POST activities {JsonMutations.Print(body)}");

        output.WriteLine(tally.ToString());
        tally.ReachedTheParser();
        using var log = await client.GetAsync(path);
        var set = await FuzzAssert.AnsweredAsync(log, "GET activities");
        Assert.Equal(HttpStatusCode.OK, log.StatusCode);
        using var activities = JsonDocument.Parse(set);
        Assert.True(activities.RootElement.GetProperty("activities").GetArrayLength() > 0);
        await FuzzAssert.StillHealthyAsync(host, mark);
    }

    [Fact]
    public async Task Answers_generated_conversation_starts_without_a_server_error()
    {
        var mark = host.Log.Errors.Count;
        using var client = host.CreateClient(FuzzHostFixture.DirectLineSecret);

        await Gen.Select(JsonMutations.Of(s_start), Gen.Bool).SampleAsync(
            async (body, generate) =>
            {
                using var response = await client.PostAsync(generate ? $"{Base}/tokens/generate" : $"{Base}/conversations", Json(body));
                await FuzzAssert.AnsweredAsync(response, $"start ({generate}) {JsonMutations.Print(body)}");
            },
            iter: 200,
            threads: 2,
            print: sample => JsonMutations.Print(sample.Item1));

        await FuzzAssert.StillHealthyAsync(host, mark);
    }

    [Theory]
    [InlineData("channelData")]
    [InlineData("value")]
    [InlineData("entities")]
    [InlineData("suggestedActions")]
    [InlineData("text")]
    [InlineData("custom")]
    [InlineData("channelData.nested.1.a")]
    public async Task Refuses_a_lone_surrogate_anywhere_in_an_activity_with_400_and_a_reason(string field)
    {
        var conversation = await StartAsync();
        using var client = host.CreateClient(conversation.Token);
        var path = $"{Base}/conversations/{conversation.Id}/activities";

        foreach (var raw in new[] { "\"\\ud800\"", "{\"k\":\"a\\udfffb\"}", "[\"\\ud800\\ud800\"]", "{\"\\ud800\":1}" })
        {
            using var response = await client.PostAsync(path, Json(JsonMutations.With(s_activity, field, raw)));
            await FuzzAssert.RefusedWithReasonAsync(response, $"{field}={raw}", HttpStatusCode.BadRequest);
        }

        using var log = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, log.StatusCode);
    }

    [Fact]
    public async Task Refuses_invalid_utf8_in_an_activity_with_400_and_a_reason()
    {
        var conversation = await StartAsync();
        using var client = host.CreateClient(conversation.Token);
        byte[] body = [.. Encoding.UTF8.GetBytes("{\"type\":\"message\",\"text\":\"a"), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("\"}")];

        using var response = await client.PostAsync($"{Base}/conversations/{conversation.Id}/activities", Json(body));

        await FuzzAssert.RefusedWithReasonAsync(response, "invalid UTF-8", HttpStatusCode.BadRequest);
    }

    public static TheoryData<string> CorpusTokens() => [.. BearerTokens.Corpus.Where(token => !token.Contains(',', StringComparison.Ordinal))];

    [Fact]
    public async Task Refuses_two_authorization_headers_joined_by_a_comma_with_401()
    {
        var conversation = await StartAsync();
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Base}/conversations/{conversation.Id}/activities");
        request.Headers.TryAddWithoutValidation("Authorization", new[] { "Bearer " + conversation.Token, "Bearer " + conversation.Token });

        using var response = await client.SendAsync(request);

        await FuzzAssert.RefusedWithReasonAsync(response, "two Authorization headers", HttpStatusCode.Unauthorized);
    }

    private HttpRequestMessage TokenRequest(int route, DirectLineConversation conversation, string token)
    {
        var (method, path) = route switch
        {
            0 => (HttpMethod.Get, $"{Base}/conversations/{conversation.Id}/activities"),
            1 => (HttpMethod.Post, $"{Base}/conversations/{conversation.Id}/activities"),
            2 => (HttpMethod.Get, $"{Base}/conversations/{conversation.Id}"),
            3 => (HttpMethod.Post, $"{Base}/conversations"),
            4 => (HttpMethod.Post, $"{Base}/tokens/refresh"),
            5 => (HttpMethod.Post, $"{Base}/tokens/generate"),
            // Another conversation's stream: a token that still checks (the valid one, padded) gets 403, never an upgrade.
            6 => (HttpMethod.Get, $"{Base}/conversations/not-{conversation.Id}/stream?t={Uri.EscapeDataString(token)}"),
            _ => (HttpMethod.Get, $"{Base}/conversations/{conversation.Id}/activities?watermark=1"),
        };
        var request = new HttpRequestMessage(method, path);
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
        if (route == 1)
        {
            request.Content = new StringContent("{\"type\":\"message\",\"text\":\"hi\"}", Encoding.UTF8, "application/json");
        }

        if (route == 6)
        {
            // A WebSocket handshake, so the route reads the token instead of refusing a plain GET.
            request.Headers.TryAddWithoutValidation("Connection", "Upgrade");
            request.Headers.TryAddWithoutValidation("Upgrade", "websocket");
            request.Headers.TryAddWithoutValidation("Sec-WebSocket-Version", "13");
            request.Headers.TryAddWithoutValidation("Sec-WebSocket-Key", Convert.ToBase64String(Guid.NewGuid().ToByteArray()));
        }

        return request;
    }

    private async Task<DirectLineConversation> StartAsync()
    {
        using var client = host.CreateClient(FuzzHostFixture.DirectLineSecret);
        using var response = await client.PostAsync($"{Base}/conversations", null);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var conversation = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return new DirectLineConversation((string)conversation["conversationId"]!, (string)conversation["token"]!);
    }

    private static ByteArrayContent Json(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    private sealed record DirectLineConversation(string Id, string Token);
}
