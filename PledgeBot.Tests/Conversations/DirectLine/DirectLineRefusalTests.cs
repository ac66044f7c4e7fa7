using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PledgeBot.Conversations.DirectLine;

namespace PledgeBot.Tests.Conversations.DirectLine;

[Collection(DirectLineCollection.Name)]
[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class DirectLineRefusalTests(DirectLineHostFixture host)
{
    private readonly DirectLineTestClient _client = new(host.CreateClient());

    public static TheoryData<string> Calls => new()
    {
        "GET activities",
        "POST activities",
        "GET conversation",
        "POST refresh",
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task Refuses_a_missing_token_with_401(string call)
    {
        var conversation = await _client.StartAsync();

        using var response = await CallAsync(call, conversation, bearer: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task Refuses_a_malformed_token_with_401(string call)
    {
        var conversation = await _client.StartAsync();
        var token = (string)conversation["token"]!;
        var tampered = token[..^4] + (token.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");

        using var response = await CallAsync(call, conversation, tampered);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task Refuses_an_expired_token_with_401(string call)
    {
        var conversation = await _client.StartAsync();
        var expired = Issue((string)conversation["conversationId"]!, DateTimeOffset.UtcNow.AddMinutes(-1));

        using var response = await CallAsync(call, conversation, expired);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("GET activities")]
    [InlineData("POST activities")]
    [InlineData("GET conversation")]
    public async Task Refuses_a_token_for_another_conversation_with_403(string call)
    {
        var mine = await _client.StartAsync();
        var theirs = await _client.StartAsync();

        using var response = await CallAsync(call, theirs, (string)mine["token"]!);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task Answers_404_for_a_conversation_that_does_not_exist(string call)
    {
        var conversation = new JsonObject { ["conversationId"] = "never-started" };
        var token = Issue("never-started", DateTimeOffset.UtcNow.AddMinutes(5));

        using var response = await CallAsync(call, conversation, token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Refuses_an_activity_larger_than_the_bound_with_413()
    {
        var conversation = await _client.StartAsync();
        var activity = new JsonObject { ["type"] = "message", ["text"] = new string('a', DirectLineRequest.MaxBodyBytes) };

        using var response = await _client.SendAsync(
            HttpMethod.Post, DirectLineTestClient.ActivitiesPath(conversation), (string)conversation["token"]!, activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Refuses_a_body_that_is_not_an_activity_with_400()
    {
        var conversation = await _client.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, DirectLineTestClient.ActivitiesPath(conversation))
        {
            Content = new StringContent("{\"text\":", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new("Bearer", (string)conversation["token"]!);
        using var http = host.CreateClient();

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Limits_new_tokens_per_client_address_with_429()
    {
        await using var limited = host.CreateFactory(("DirectLine:TokensPerMinute", "2"));
        using var http = limited.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await http.PostAsync("/api/directline/token", null);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    private Task<HttpResponseMessage> CallAsync(string call, JsonObject conversation, string? bearer)
    {
        var id = Uri.EscapeDataString((string)conversation["conversationId"]!);
        return call switch
        {
            "GET activities" => _client.SendAsync(HttpMethod.Get, $"{DirectLineTestClient.Base}/conversations/{id}/activities?watermark=", bearer),
            "POST activities" => _client.SendAsync(
                HttpMethod.Post, $"{DirectLineTestClient.Base}/conversations/{id}/activities", bearer, new JsonObject { ["type"] = "message", ["text"] = "hi" }),
            "GET conversation" => _client.SendAsync(HttpMethod.Get, $"{DirectLineTestClient.Base}/conversations/{id}?watermark=", bearer),
            _ => _client.SendAsync(HttpMethod.Post, $"{DirectLineTestClient.Base}/tokens/refresh", bearer),
        };
    }

    private string Issue(string conversationId, DateTimeOffset expiresAt) =>
        host.Factory.Services.GetRequiredService<DirectLineTokenSigner>()
            .Issue(new DirectLineToken(conversationId, "dl_someone", "webchat", expiresAt));
}
