using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PledgeBot.Observability;
using StackExchange.Redis;
using PledgeBot.Tests.Fakes;
using PledgeBot.Tests.Integration.Http;
using Xunit.Abstractions;

namespace PledgeBot.Tests.Observability;

[Collection(ObservabilityCollection.Name)]
[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class TurnTraceTests(ObservabilityHostFixture host, ITestOutputHelper output)
{
    private const string Text = "toi ten la Thu Trang, so dien thoai 0912345678";

    [Fact]
    public async Task An_expect_replies_turn_is_one_span_with_its_store_calls_under_it_and_no_user_id_or_text()
    {
        var (activity, userId, conversationId) = NewMessage(deliveryMode: "expectReplies");
        var trace = ActivityTraceId.CreateRandom();

        using var response = await PostAsync(activity, trace);
        var turn = await TurnSpanOfAsync(trace);
        var store = await ChildrenAsync(trace, turn, span => span.Source.Name.Contains("Redis", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("emulator", turn.GetTagItem(TurnTags.Channel));
        Assert.Equal("message", turn.GetTagItem(TurnTags.ActivityType));
        Assert.Equal("replied", turn.GetTagItem(TurnTags.Outcome));
        Assert.NotNull(turn.GetTagItem(TurnTags.Flow));
        Assert.NotEmpty(store);
        AssertNothingIdentifies(Trace(trace), userId, conversationId, (string)activity["id"]!);
        Print(trace);
    }

    [Fact]
    public async Task A_turn_span_carries_its_store_round_trips_one_per_command_or_batch()
    {
        var (activity, _, _) = NewMessage(deliveryMode: "expectReplies");
        var trace = ActivityTraceId.CreateRandom();

        using var response = await PostAsync(activity, trace);
        var turn = await TurnSpanOfAsync(trace);
        var store = await ChildrenAsync(trace, turn, span => span.Source.Name.Contains("Redis", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var roundTrips = Assert.IsType<int>(turn.GetTagItem(TurnTags.StoreRoundTrips));
        // Each command is a Redis span; commands sent together in a batch are one round trip.
        Assert.InRange(roundTrips, 1, store.Count);
    }

    [Fact]
    public async Task A_queued_turn_holds_its_store_calls_and_its_Connector_post_and_no_user_id_or_text()
    {
        var (activity, userId, conversationId) = NewMessage(deliveryMode: null);
        var trace = ActivityTraceId.CreateRandom();

        using var response = await PostAsync(activity, trace);
        await QueuedTurns.DoneAsync(host.Factory);
        var turn = await TurnSpanOfAsync(trace);
        var store = await ChildrenAsync(trace, turn, span => span.Source.Name.Contains("Redis", StringComparison.Ordinal));
        var connector = await ChildrenAsync(trace, turn, span => span.Kind == ActivityKind.Client && span.GetTagItem("http.request.method") is "POST");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("replied", turn.GetTagItem(TurnTags.Outcome));
        Assert.NotEmpty(store);
        Assert.Equal(host.Connector.RequestsFor(conversationId).Count, connector.Count);
        Assert.All(connector, post => Assert.Equal(
            $"{host.Connector.BaseUrl.Scheme}://{host.Connector.BaseUrl.Authority}/amer/v3/conversations/{{id}}/activities/{{id}}",
            post.GetTagItem("url.full")));
        AssertNothingIdentifies(Trace(trace), userId, conversationId, (string)activity["id"]!);
        Print(trace);
    }

    [Fact]
    public async Task Exports_no_Redis_span_for_a_command_run_outside_any_span()
    {
        var key = $"otel-test:{Guid.NewGuid():N}";
        var current = Activity.Current;
        Activity.Current = null;
        try
        {
            await host.Factory.Services.GetRequiredService<IConnectionMultiplexer>().GetDatabase().StringSetAsync(key, "1");
        }
        finally
        {
            Activity.Current = current;
        }

        await Task.Delay(TimeSpan.FromMilliseconds(500));

        Assert.DoesNotContain(host.Spans, span => span.Source.Name.Contains("Redis", StringComparison.Ordinal) && span.ParentSpanId == default);
    }

    private (JsonObject Activity, string UserId, string ConversationId) NewMessage(string? deliveryMode)
    {
        var conversationId = TestActivities.NewConversationId();
        var userId = $"user-{Guid.NewGuid():N}";
        var activity = TestActivities.Activity("message", conversationId, host.ServiceUrl, deliveryMode, Text);
        activity["from"] = new JsonObject { ["id"] = userId, ["name"] = "Thu Trang" };
        return (activity, userId, conversationId);
    }

    private async Task<HttpResponseMessage> PostAsync(JsonObject activity, ActivityTraceId trace)
    {
        using var client = host.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = TestActivities.Content(activity) };
        request.Headers.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");
        return await client.SendAsync(request);
    }

    private List<Activity> Trace(ActivityTraceId trace) => [.. host.Spans.Where(span => span.TraceId == trace)];

    private Task<Activity> TurnSpanOfAsync(ActivityTraceId trace) =>
        Eventually.WaitAsync(
            () => Trace(trace).SingleOrDefault(span => span.Source.Name == PledgeBotTelemetry.Name && span.OperationName == TurnSpan.Name),
            span => span is not null,
            describe: _ => "no turn span yet")!;

    // Children at any depth: an HTTP span can sit under the resilience pipeline's own.
    private Task<List<Activity>> ChildrenAsync(ActivityTraceId trace, Activity turn, Func<Activity, bool> match) =>
        Eventually.WaitAsync(
            () => Trace(trace).Where(span => match(span) && IsUnder(span, turn, Trace(trace))).ToList(),
            spans => spans.Count > 0,
            describe: spans => $"{spans.Count} matching spans under the turn");

    private static bool IsUnder(Activity span, Activity ancestor, List<Activity> trace)
    {
        for (var parent = span.ParentSpanId; parent != default;)
        {
            if (parent == ancestor.SpanId)
            {
                return true;
            }

            parent = trace.FirstOrDefault(candidate => candidate.SpanId == parent)?.ParentSpanId ?? default;
        }

        return false;
    }

    private static void AssertNothingIdentifies(List<Activity> trace, params string[] secrets)
    {
        string[] all = [.. secrets, Uri.EscapeDataString(secrets[1]), Text, "0912345678", "Thu Trang"];
        foreach (var span in trace)
        {
            foreach (var (key, value) in span.TagObjects)
            {
                var text = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
                Assert.False(all.Any(secret => text.Contains(secret, StringComparison.Ordinal)), $"{span.OperationName} {key}={text}");
            }

            Assert.DoesNotContain(all, secret => span.DisplayName.Contains(secret, StringComparison.Ordinal));
        }
    }

    // The exported trace, for the closing note of issue 21 and for anyone reading the test output.
    private void Print(ActivityTraceId trace)
    {
        foreach (var span in Trace(trace).OrderBy(span => span.StartTimeUtc))
        {
            var tags = string.Join(", ", span.TagObjects.Select(tag => $"{tag.Key}={tag.Value}"));
            output.WriteLine($"{span.Source.Name} | {span.DisplayName} | {span.Kind} | span {span.SpanId} parent {span.ParentSpanId} | {span.Duration.TotalMilliseconds:F1} ms | {tags}");
        }
    }
}
