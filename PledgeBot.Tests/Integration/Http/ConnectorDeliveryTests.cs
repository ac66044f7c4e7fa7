using System.Net;
using PledgeBot.Tests.Fakes;

namespace PledgeBot.Tests.Integration.Http;

[Collection(HttpCollection.Name)]
[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class ConnectorDeliveryTests(BotHostFixture host)
{
    private readonly HttpClient _client = host.Factory.CreateClient();

    [Fact]
    public async Task Retries_a_reply_the_connector_answered_with_503_and_answers_200()
    {
        var conversationId = TestActivities.NewConversationId();
        host.Connector.Script(conversationId, new FakeConnectorResponse(503));

        using var response = await _client.PostActivityAsync(TestActivities.Message(conversationId, host.ServiceUrl));
        await QueuedTurns.DoneAsync(host.Factory);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var posts = host.Connector.RequestsFor(conversationId);
        Assert.True(posts.Count >= 2);
        Assert.Equal(posts[0].RawTarget, posts[1].RawTarget);
        Assert.Equal(posts[0].Body, posts[1].Body);
    }

    [Fact]
    public async Task Waits_as_long_as_Retry_After_asks_before_retrying_a_429()
    {
        var conversationId = TestActivities.NewConversationId();
        host.Connector.Script(conversationId, new FakeConnectorResponse(429, TimeSpan.FromSeconds(1)));

        using var response = await _client.PostActivityAsync(TestActivities.Message(conversationId, host.ServiceUrl));
        await QueuedTurns.DoneAsync(host.Factory);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var posts = host.Connector.RequestsFor(conversationId);
        Assert.True(posts.Count >= 2);
        Assert.True(posts[1].ReceivedAt - posts[0].ReceivedAt >= TimeSpan.FromMilliseconds(950));
    }

    [Fact]
    public async Task Gives_up_at_once_when_Retry_After_is_beyond_the_time_budget()
    {
        var conversationId = TestActivities.NewConversationId();
        host.Connector.Script(conversationId, new FakeConnectorResponse(429, TimeSpan.FromMinutes(2)));

        using var response = await _client.PostActivityAsync(TestActivities.Message(conversationId, host.ServiceUrl));
        await QueuedTurns.DoneAsync(host.Factory);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(host.Connector.RequestsFor(conversationId));
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    public async Task Never_retries_a_reply_the_connector_refused_as_a_client_error(int status)
    {
        var conversationId = TestActivities.NewConversationId();
        host.Connector.Script(conversationId, new FakeConnectorResponse(status));

        using var response = await _client.PostActivityAsync(TestActivities.Message(conversationId, host.ServiceUrl));
        await QueuedTurns.DoneAsync(host.Factory);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(host.Connector.RequestsFor(conversationId));
    }

    [Fact]
    public async Task Answers_200_and_holds_back_later_replies_when_the_connector_keeps_failing()
    {
        var conversationId = TestActivities.NewConversationId();
        var failure = new FakeConnectorResponse(503);
        host.Connector.Script(conversationId, failure, failure, failure, failure, failure);

        using var response = await _client.PostActivityAsync(TestActivities.Message(conversationId, host.ServiceUrl));
        await QueuedTurns.DoneAsync(host.Factory);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var posts = host.Connector.RequestsFor(conversationId);
        Assert.Equal(3, posts.Count);
        Assert.Single(posts.Select(post => post.Body).Distinct());
    }
}
