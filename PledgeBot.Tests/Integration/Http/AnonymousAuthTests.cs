using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using PledgeBot.Tests.Fixtures;

namespace PledgeBot.Tests.Integration.Http;

[Collection(HttpCollection.Name)]
[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class AnonymousAuthTests(BotHostFixture host)
{
    private readonly HttpClient _client = host.Factory.CreateClient();

    [Fact]
    public async Task Refuses_an_unauthenticated_activity_for_a_public_serviceUrl_without_running_its_turn()
    {
        var conversationId = TestActivities.NewConversationId();
        var activity = TestActivities.Message(conversationId, "https://example.org/");

        using var refused = await _client.PostActivityAsync(activity);
        activity["serviceUrl"] = host.ServiceUrl;
        using var retried = await _client.PostActivityAsync(activity);
        await QueuedTurns.DoneAsync(host.Factory);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Empty(await refused.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.NotEmpty(host.Connector.RequestsFor(conversationId));
    }

    [Fact]
    public async Task Refuses_an_unauthenticated_activity_expecting_replies_for_a_public_serviceUrl()
    {
        var activity = TestActivities.Message(TestActivities.NewConversationId(), "https://example.org/", "expectReplies");

        using var response = await _client.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("http://localhost:3979/")]
    [InlineData("http://127.0.0.2:3979/")]
    [InlineData("http://[::1]:3979/")]
    public async Task Accepts_an_unauthenticated_activity_for_a_loopback_serviceUrl(string serviceUrl)
    {
        var activity = TestActivities.Message(TestActivities.NewConversationId(), serviceUrl, "expectReplies");

        using var response = await _client.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Refuses_a_bearer_token_when_no_app_id_is_configured_to_check_it()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = TestActivities.Content(TestActivities.Message(TestActivities.NewConversationId(), host.ServiceUrl, "expectReplies")),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "eyJhbGciOiJSUzI1NiJ9.e30.c2ln");

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Refuses_an_activity_without_a_token_once_an_app_id_is_set()
    {
        await using var factory = host.CreateFactory(("MicrosoftAppId", "00000000-0000-0000-0000-00000000b071"), ("MicrosoftAppPassword", "not-a-real-secret"));
        using var client = factory.CreateClient();
        var conversationId = TestActivities.NewConversationId();

        using var response = await client.PostActivityAsync(TestActivities.Message(conversationId, host.ServiceUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(host.Connector.RequestsFor(conversationId));
    }

    [Fact]
    public void Refuses_to_start_with_an_unknown_app_type()
    {
        var startFailure = new HostStartFailure();
        using var factory = host.Builder().With("MicrosoftAppType", "Bogus").WithLogs(startFailure).Build();

        var failure = startFailure.Reason(() => factory.CreateClient());

        var invalid = Assert.IsType<OptionsValidationException>(failure);
        Assert.Contains("MicrosoftAppType", invalid.Message, StringComparison.Ordinal);
    }
}
