using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace PledgeBot.Tests.Integration.Http;

[Collection(HttpCollection.Name)]
[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class MessagesValidationTests(BotHostFixture host)
{
    private const int Limit = 256 * 1024;

    private readonly HttpClient _client = host.Factory.CreateClient();

    [Theory]
    [InlineData("{\"type\":\"message\",")]
    [InlineData("not json")]
    [InlineData("[{\"type\":\"message\"}]")]
    [InlineData("{\"type\":5}")]
    [InlineData("{\"type\":\"message\",\"timestamp\":\"yesterday\"}")]
    [InlineData("null")]
    public async Task Rejects_a_body_that_is_not_a_json_activity_with_a_reason(string body)
    {
        using var response = await _client.PostAsync("/api/messages", TestActivities.Content(body));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Rejects_an_empty_body_with_a_reason()
    {
        using var response = await _client.PostAsync("/api/messages", TestActivities.Content(string.Empty));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("type")]
    [InlineData("conversation.id")]
    [InlineData("from.id")]
    [InlineData("serviceUrl")]
    public async Task Names_the_required_field_that_is_missing(string field)
    {
        var activity = TestActivities.Message(TestActivities.NewConversationId(), host.ServiceUrl);
        Remove(activity, field);

        using var response = await _client.PostActivityAsync(activity);

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem["errors"]!.AsObject().ContainsKey(field));
        Assert.Contains(field, (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ftp://127.0.0.1/amer/")]
    [InlineData("/amer/")]
    [InlineData("127.0.0.1:3978")]
    [InlineData("just words")]
    public async Task Rejects_a_serviceUrl_that_is_not_an_absolute_http_url(string serviceUrl)
    {
        var activity = TestActivities.Message(TestActivities.NewConversationId(), serviceUrl);

        using var response = await _client.PostActivityAsync(activity);

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem["errors"]!.AsObject().ContainsKey("serviceUrl"));
    }

    [Fact]
    public async Task Rejects_a_body_over_256_KB_with_413_and_a_reason()
    {
        var activity = TestActivities.Message(TestActivities.NewConversationId(), host.ServiceUrl, "expectReplies");
        activity["text"] = new string('a', Limit);

        using var response = await _client.PostActivityAsync(activity);

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Rejects_a_chunked_body_over_256_KB_with_413()
    {
        var activity = TestActivities.Message(TestActivities.NewConversationId(), host.ServiceUrl, "expectReplies");
        activity["text"] = new string('a', Limit);
        using var content = new StreamContent(new UnseekableStream(Encoding.UTF8.GetBytes(activity.ToJsonString())));
        content.Headers.ContentType = new("application/json");

        using var response = await _client.PostAsync("/api/messages", content);

        Assert.Null(content.Headers.ContentLength);
        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Accepts_a_body_just_under_the_limit()
    {
        var activity = TestActivities.Message(TestActivities.NewConversationId(), host.ServiceUrl, "expectReplies");
        activity["text"] = string.Empty;
        activity["channelData"] = new JsonObject { ["padding"] = new string('a', Limit - activity.ToJsonString().Length - 40) };
        Assert.InRange(Encoding.UTF8.GetByteCount(activity.ToJsonString()), Limit - 100, Limit);

        using var response = await _client.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<JsonObject> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.NotNull(problem);
        Assert.Equal((int)status, (int?)problem["status"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)problem["detail"]));
        return problem;
    }

    private static void Remove(JsonObject activity, string path)
    {
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            activity.Remove(path);
        }
        else
        {
            activity[path[..dot]]!.AsObject().Remove(path[(dot + 1)..]);
        }
    }

    /// <summary>A body without a known length, so it travels chunked.</summary>
    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
