using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PledgeBot.Conversations.Connector;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Tests.Fakes;
using PledgeBot.Tests.Integration.Http;

namespace PledgeBot.Tests.Auth;

[Collection(JwtCollection.Name)]
[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class OutboundTokenTests(JwtHostFixture host)
{
    private readonly HttpClient _client = host.Factory.CreateClient();

    [Fact]
    public async Task Sends_each_reply_with_a_client_credentials_token_for_the_Bot_Framework_scope()
    {
        var conversationId = TestActivities.NewConversationId();

        using var response = await PostValidatedAsync(conversationId);
        await QueuedTurns.DoneAsync(host.Factory);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var posts = host.Connector.RequestsFor(conversationId);
        Assert.NotEmpty(posts);
        Assert.All(posts, post => Assert.Matches("^Bearer connector-token-[0-9]+$", post.Headers["Authorization"]));
        var grant = host.Tokens.Grants[^1];
        Assert.Equal("client_credentials", grant["grant_type"]);
        Assert.Equal(JwtHostFixture.AppId, grant["client_id"]);
        Assert.Equal("https://api.botframework.com/.default", grant["scope"]);
        Assert.Equal("test-secret-not-real", grant["client_secret"]);
    }

    [Fact]
    public async Task Reuses_the_cached_token_for_a_later_reply()
    {
        var first = TestActivities.NewConversationId();
        var second = TestActivities.NewConversationId();
        using var warmUp = await PostValidatedAsync(first);
        await QueuedTurns.DoneAsync(host.Factory);
        var grants = host.Tokens.Grants.Count;

        using var response = await PostValidatedAsync(second);
        await QueuedTurns.DoneAsync(host.Factory);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(grants, host.Tokens.Grants.Count);
        Assert.Equal(host.Connector.RequestsFor(first)[0].Headers["Authorization"], host.Connector.RequestsFor(second)[0].Headers["Authorization"]);
    }

    [Fact]
    public async Task Renews_the_token_once_when_the_connector_refuses_it()
    {
        var conversationId = TestActivities.NewConversationId();
        using var warmUp = await PostValidatedAsync(TestActivities.NewConversationId());
        await QueuedTurns.DoneAsync(host.Factory);
        host.Connector.Script(conversationId, new FakeConnectorResponse(401));
        var grants = host.Tokens.Grants.Count;

        using var response = await PostValidatedAsync(conversationId);
        await QueuedTurns.DoneAsync(host.Factory);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var posts = host.Connector.RequestsFor(conversationId);
        Assert.True(posts.Count >= 2);
        Assert.NotEqual(posts[0].Headers["Authorization"], posts[1].Headers["Authorization"]);
        Assert.Equal(grants + 1, host.Tokens.Grants.Count);
    }

    [Fact]
    public async Task Refuses_to_send_to_a_serviceUrl_no_validated_activity_came_from()
    {
        var conversationId = TestActivities.NewConversationId();
        var connector = host.Factory.Services.GetRequiredService<ConnectorClient>();
        var reply = new Activity
        {
            Type = ActivityTypes.Message,
            ServiceUrl = new Uri(host.Connector.BaseUrl, "never-validated/").ToString(),
            Conversation = new ConversationAccount { Id = conversationId },
            Text = "xin chào",
        };

        var failure = await Record.ExceptionAsync(() => connector.SendAsync(reply, CancellationToken.None));

        Assert.IsType<ConnectorException>(failure);
        Assert.Empty(host.Connector.RequestsFor(conversationId));
    }

    private Task<HttpResponseMessage> PostValidatedAsync(string conversationId) =>
        JwtHostFixture.PostAsync(_client, host.Message(conversationId), host.ChannelKey.Sign(TestToken.Channel(JwtHostFixture.AppId, host.ServiceUrl)));
}
