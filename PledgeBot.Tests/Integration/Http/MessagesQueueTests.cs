using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Dialogs.Engine.Turns;
using PledgeBot.Tests.Fakes;
using PledgeBot.Tests.Safety;
using Xunit.Abstractions;

namespace PledgeBot.Tests.Integration.Http;

/// <summary>A channel's POST is answered before its turn runs; the turn and its replies follow from the conversation
/// queue, in order, once each, bounded, and drained on shutdown.</summary>
[Collection(HttpCollection.Name)]
[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class MessagesQueueTests(BotHostFixture host, ITestOutputHelper output)
{
    private readonly HttpClient _client = host.Factory.CreateClient();

    [Fact]
    public async Task Answers_within_a_second_while_the_connector_takes_twenty_and_the_reply_still_arrives()
    {
        // A Connector patient enough to wait out the slow answer, as a real one that is merely slow; the short drain
        // lets the host stop without waiting for it.
        await using var factory = host.CreateFactory(
            ("Connector:AttemptTimeout", "00:00:30"), ("Connector:TotalTimeout", "00:01:00"), ("Channels:Queue:DrainTimeout", "00:00:01"));
        using var client = factory.CreateClient();
        using var warmUp = await client.PostActivityAsync(TestActivities.Message(TestActivities.NewConversationId(), null, "expectReplies"));
        var conversationId = TestActivities.NewConversationId();
        host.Connector.Script(conversationId, FakeConnectorResponse.AcceptedAfter(TimeSpan.FromSeconds(20)));
        var activity = TestActivities.Message(conversationId, host.ServiceUrl);
        var clock = Stopwatch.StartNew();

        using var response = await client.PostActivityAsync(activity);
        var answeredIn = clock.Elapsed;
        output.WriteLine($"answered in {answeredIn.TotalMilliseconds:N1} ms");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(answeredIn < TimeSpan.FromSeconds(1), $"The POST took {answeredIn.TotalMilliseconds:N0} ms.");
        var reply = (await Eventually.WaitAsync(() => host.Connector.RequestsFor(conversationId), posts => posts.Count > 0))[0];
        Assert.Equal((string?)activity["id"], (string?)JsonNode.Parse(reply.Body)!["replyToId"]);
    }

    [Fact]
    public async Task Runs_the_turns_of_one_conversation_in_the_order_they_arrived()
    {
        var conversationId = TestActivities.NewConversationId();
        // The first reply is slow: a later turn running beside it would reach the Connector first.
        host.Connector.Script(conversationId, FakeConnectorResponse.AcceptedAfter(TimeSpan.FromMilliseconds(500)));
        var activities = Enumerable.Range(0, 5).Select(_ => TestActivities.Message(conversationId, host.ServiceUrl)).ToArray();

        foreach (var activity in activities)
        {
            using var response = await _client.PostActivityAsync(activity);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await QueuedTurns.DoneAsync(host.Factory);
        var ids = activities.Select(activity => (string)activity["id"]!).ToList();
        var answered = host.Connector.RequestsFor(conversationId).Select(post => ids.IndexOf((string)JsonNode.Parse(post.Body)!["replyToId"]!)).ToArray();
        Assert.Equal(Enumerable.Range(0, activities.Length), answered.Distinct());
        Assert.Equal(answered.Order(), answered);
    }

    [Fact]
    public async Task Processes_an_activity_delivered_twice_at_once_only_once()
    {
        var twice = TestActivities.NewConversationId();
        var once = TestActivities.NewConversationId();
        var activity = TestActivities.Message(twice, host.ServiceUrl);

        using var first = await _client.PostActivityAsync(activity);
        using var second = await _client.PostActivityAsync(activity);
        using var control = await _client.PostActivityAsync(TestActivities.Message(once, host.ServiceUrl));
        await QueuedTurns.DoneAsync(host.Factory);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.NotEmpty(host.Connector.RequestsFor(once));
        Assert.Equal(
            host.Connector.RequestsFor(once).Select(post => (string?)JsonNode.Parse(post.Body)!["text"]),
            host.Connector.RequestsFor(twice).Select(post => (string?)JsonNode.Parse(post.Body)!["text"]));
    }

    [Fact]
    public async Task Refuses_with_503_and_Retry_After_while_the_queue_is_full_and_takes_the_redelivery_later()
    {
        await using var factory = host.CreateFactory(("Channels:Queue:Capacity", "1"));
        using var client = factory.CreateClient();
        var busy = TestActivities.NewConversationId();
        var refused = TestActivities.NewConversationId();
        host.Connector.Script(busy, FakeConnectorResponse.AcceptedAfter(TimeSpan.FromSeconds(2)));
        var activity = TestActivities.Message(refused, host.ServiceUrl);
        using var holding = await client.PostActivityAsync(TestActivities.Message(busy, host.ServiceUrl));

        using var full = await client.PostActivityAsync(activity);
        var problem = await full.Content.ReadAsStringAsync();
        await QueuedTurns.DoneAsync(factory);
        using var redelivered = await client.PostActivityAsync(activity);
        await QueuedTurns.DoneAsync(factory);

        Assert.Equal(HttpStatusCode.OK, holding.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, full.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), full.Headers.RetryAfter?.Delta);
        Assert.Equal("application/problem+json", full.Content.Headers.ContentType?.MediaType);
        Assert.Equal(503, (int?)JsonNode.Parse(problem)!["status"]);
        Assert.Equal(HttpStatusCode.OK, redelivered.StatusCode);
        Assert.NotEmpty(host.Connector.RequestsFor(refused));
    }

    [Fact]
    public async Task Runs_the_queued_turns_and_sends_their_replies_before_the_host_stops()
    {
        var factory = host.CreateFactory();
        using var client = factory.CreateClient();
        var conversationId = TestActivities.NewConversationId();
        var slow = FakeConnectorResponse.AcceptedAfter(TimeSpan.FromMilliseconds(300));
        host.Connector.Script(conversationId, slow, slow, slow, slow, slow, slow);
        var activities = Enumerable.Range(0, 3).Select(_ => TestActivities.Message(conversationId, host.ServiceUrl)).ToArray();
        foreach (var activity in activities)
        {
            using var response = await client.PostActivityAsync(activity);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await factory.DisposeAsync();

        var answered = host.Connector.RequestsFor(conversationId).Select(post => (string?)JsonNode.Parse(post.Body)!["replyToId"]).Distinct();
        Assert.Equal(activities.Select(activity => (string?)activity["id"]), answered);
    }

    [Fact]
    public async Task Answers_a_turn_that_failed_after_the_POST_with_the_kind_reply_and_logs_no_text()
    {
        var store = new Mock<IStateStore>();
        store.Setup(s => s.ReadAsync(It.IsAny<StateKey>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new IOException("connection refused"));
        var logs = new CapturedLogs();
        await using var factory = host.Builder().WithLogs(logs).WithFake(store.Object).Build();
        using var client = factory.CreateClient();
        var conversationId = TestActivities.NewConversationId();
        var activity = TestActivities.Message(conversationId, host.ServiceUrl);
        activity["text"] = "mình tên Lan, số 0912345678";

        using var response = await client.PostActivityAsync(activity);
        await QueuedTurns.DoneAsync(factory);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var apology = factory.Services.GetRequiredService<IContentSource>().Current.Get(Language.Vietnamese, Text.Turns.Apology);
        var reply = Assert.Single(host.Connector.RequestsFor(conversationId));
        Assert.Equal(apology, (string?)JsonNode.Parse(reply.Body)!["text"]);
        Assert.Contains(logs.Lines, line => line.StartsWith($"Error {typeof(TurnErrorMiddleware).FullName} 2004 ", StringComparison.Ordinal));
        Assert.DoesNotContain("0912345678", logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain("mình tên", logs.All, StringComparison.Ordinal);
    }
}
