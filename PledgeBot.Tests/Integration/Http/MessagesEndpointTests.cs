using System.Net;
using System.Text.Json.Nodes;

namespace PledgeBot.Tests.Integration.Http;

[Collection(HttpCollection.Name)]
[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class MessagesEndpointTests(BotHostFixture host)
{
    private readonly HttpClient _client = host.Factory.CreateClient();

    [Theory]
    [InlineData("expectReplies")]
    [InlineData("EXPECTREPLIES")]
    public async Task Returns_replies_addressed_back_to_the_sender_when_the_channel_expects_replies(string deliveryMode)
    {
        var conversationId = TestActivities.NewConversationId();
        var activity = TestActivities.Message(conversationId, host.ServiceUrl, deliveryMode);

        using var response = await _client.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = await response.ReadActivitiesAsync();
        Assert.NotEmpty(replies);
        Assert.All(replies, reply =>
        {
            Assert.Equal("message", (string?)reply!["type"]);
            Assert.Equal(TestActivities.BotId, (string?)reply["from"]!["id"]);
            Assert.Equal(TestActivities.UserId, (string?)reply["recipient"]!["id"]);
            Assert.Equal(conversationId, (string?)reply["conversation"]!["id"]);
            Assert.Equal((string?)activity["id"], (string?)reply["replyToId"]);
            Assert.Equal(host.ServiceUrl, (string?)reply["serviceUrl"]);
            Assert.Equal(TestActivities.Channel, (string?)reply["channelId"]);
            Assert.False(reply.AsObject().ContainsKey("id"));
        });
        Assert.Empty(host.Connector.RequestsFor(conversationId));
    }

    [Fact]
    public async Task Posts_each_reply_to_the_connector_under_the_escaped_conversation_and_activity_ids()
    {
        var conversationId = TestActivities.NewConversationId();
        var serviceUrlWithoutSlash = host.ServiceUrl.TrimEnd('/');
        var activity = TestActivities.Message(conversationId, serviceUrlWithoutSlash);
        var activityId = (string)activity["id"]!;

        using var response = await _client.PostActivityAsync(activity);
        await QueuedTurns.DoneAsync(host.Factory);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        var posts = host.Connector.RequestsFor(conversationId);
        Assert.NotEmpty(posts);
        var expectedPath = $"/amer/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}";
        Assert.All(posts, post =>
        {
            Assert.Equal("POST", post.Method);
            Assert.Equal(expectedPath, post.RawTarget);
            Assert.Equal("application/json; charset=utf-8", post.Headers["Content-Type"]);
            Assert.False(post.Headers.ContainsKey("Authorization"));
            var body = JsonNode.Parse(post.Body)!.AsObject();
            Assert.False(body.ContainsKey("id"));
            Assert.Equal(activityId, (string?)body["replyToId"]);
            Assert.Equal(TestActivities.UserId, (string?)body["recipient"]!["id"]);
        });
    }

    [Fact]
    public async Task Greets_on_directline_by_sending_to_the_conversation_without_replyToId()
    {
        var conversationId = TestActivities.NewConversationId();
        var update = TestActivities.Activity("conversationUpdate", conversationId, host.ServiceUrl, channel: "directline");
        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = TestActivities.UserId });

        using var response = await _client.PostActivityAsync(update);
        await QueuedTurns.DoneAsync(host.Factory);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var posts = host.Connector.RequestsFor(conversationId);
        Assert.NotEmpty(posts);
        Assert.All(posts, post =>
        {
            Assert.Equal($"/amer/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities", post.RawTarget);
            Assert.False(JsonNode.Parse(post.Body)!.AsObject().ContainsKey("replyToId"));
        });
    }

    [Fact]
    public async Task Processes_a_redelivered_activity_only_once()
    {
        var conversationId = TestActivities.NewConversationId();
        var activity = TestActivities.Message(conversationId, host.ServiceUrl);
        using var first = await _client.PostActivityAsync(activity);
        await QueuedTurns.DoneAsync(host.Factory);
        var postsAfterFirst = host.Connector.RequestsFor(conversationId).Count;

        using var second = await _client.PostActivityAsync(activity);
        await QueuedTurns.DoneAsync(host.Factory);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.True(postsAfterFirst > 0);
        Assert.Equal(postsAfterFirst, host.Connector.RequestsFor(conversationId).Count);
    }

    [Fact]
    public async Task Returns_no_replies_for_a_redelivered_activity_that_expects_replies()
    {
        var activity = TestActivities.Message(TestActivities.NewConversationId(), host.ServiceUrl, "expectReplies");
        using var first = await _client.PostActivityAsync(activity);

        using var second = await _client.PostActivityAsync(activity);

        Assert.NotEmpty(await first.ReadActivitiesAsync());
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Empty(await second.ReadActivitiesAsync());
    }

    [Fact]
    public async Task Answers_an_invoke_nobody_handled_with_501()
    {
        var invoke = TestActivities.Activity("invoke", TestActivities.NewConversationId(), host.ServiceUrl);
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = new JsonObject { ["action"] = new JsonObject { ["verb"] = "pledge" } };

        using var response = await _client.PostActivityAsync(invoke);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task Lists_an_unhandled_invoke_as_an_invokeResponse_activity_when_replies_are_expected()
    {
        var invoke = TestActivities.Activity("invoke", TestActivities.NewConversationId(), host.ServiceUrl, "expectReplies");
        invoke["name"] = "adaptiveCard/action";

        using var response = await _client.PostActivityAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var last = (await response.ReadActivitiesAsync())[^1]!;
        Assert.Equal("invokeResponse", (string?)last["type"]);
        Assert.Equal(501, (int?)last["value"]!["status"]);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task Answers_other_methods_with_405(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "/api/messages");

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Accepts_properties_and_channel_data_it_does_not_model()
    {
        var conversationId = TestActivities.NewConversationId();
        var activity = TestActivities.Message(conversationId, host.ServiceUrl, "expectReplies");
        activity["channelData"] = JsonNode.Parse("""{"clientActivityID":"c-1","postback":{"referral":{"ref":"KOL123","source":"SHORTLINK"}}}""");
        activity["futureField"] = JsonNode.Parse("""{"nested":[1,"two",{"three":3}]}""");
        activity["entities"] = JsonNode.Parse("""[{"type":"clientInfo","locale":"vi-VN","platform":"Web"}]""");
        activity["from"]!["aadObjectId"] = "00000000-0000-0000-0000-000000000001";
        activity["from"]!["somethingNew"] = true;
        activity["conversation"]!["isGroup"] = false;

        using var response = await _client.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = await response.ReadActivitiesAsync();
        Assert.NotEmpty(replies);
        Assert.All(replies, reply => Assert.Equal(conversationId, (string?)reply!["conversation"]!["id"]));
    }

    [Fact]
    public async Task Needs_no_serviceUrl_when_replies_are_expected()
    {
        var activity = TestActivities.Message(TestActivities.NewConversationId(), serviceUrl: null, "expectReplies");

        using var response = await _client.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await response.ReadActivitiesAsync());
    }
}
