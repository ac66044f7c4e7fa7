using System.Net;
using OpenTelemetry.Metrics;
using PledgeBot.Tests.Integration.Http;

namespace PledgeBot.Tests.Observability;

[Collection(ObservabilityCollection.Name)]
[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class HostMetricsTests(ObservabilityHostFixture host)
{
    private const int Turns = 12;

    [Fact]
    public async Task Counts_turns_times_them_and_counts_the_Connector_sends_under_a_small_load()
    {
        var before = host.CollectMetrics();
        using var client = host.Factory.CreateClient();

        var posts = Enumerable.Range(0, Turns).Select(async turn =>
        {
            var conversationId = TestActivities.NewConversationId();
            var deliveryMode = turn % 2 == 0 ? "expectReplies" : null;
            using var response = await client.PostActivityAsync(TestActivities.Message(conversationId, host.ServiceUrl, deliveryMode));
            return response.StatusCode;
        });
        var statuses = await Task.WhenAll(posts);
        await QueuedTurns.DoneAsync(host.Factory);
        var after = host.CollectMetrics();

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.True(Sum(after, "pledgebot.turns", "outcome", "replied") - Sum(before, "pledgebot.turns", "outcome", "replied") >= Turns);
        Assert.True(Count(after, "pledgebot.turn.duration") - Count(before, "pledgebot.turn.duration") >= Turns);
        Assert.True(Sum(after, "pledgebot.sends", "platform", "connector") - Sum(before, "pledgebot.sends", "platform", "connector") >= Turns / 2);
        Assert.Contains(after, metric => metric.Name == "pledgebot.queue.depth");
        Assert.Contains(after, metric => metric.Name == "pledgebot.live.subscribers");
        Assert.Contains(after, metric => metric.Name == "http.server.request.duration");
    }

    [Fact]
    public async Task Records_the_store_round_trips_of_every_turn()
    {
        var before = host.CollectMetrics();
        using var client = host.Factory.CreateClient();

        for (var turn = 0; turn < 5; turn++)
        {
            using var response = await client.PostActivityAsync(
                TestActivities.Message(TestActivities.NewConversationId(), host.ServiceUrl, "expectReplies"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var after = host.CollectMetrics();

        Assert.True(Count(after, "pledgebot.store.round_trips") - Count(before, "pledgebot.store.round_trips") >= 5);
        Assert.True(HistogramSum(after, "pledgebot.store.round_trips") - HistogramSum(before, "pledgebot.store.round_trips") >= 5);
    }

    private static double HistogramSum(IEnumerable<MetricSnapshot> metrics, string name) =>
        metrics.Where(metric => metric.Name == name).SelectMany(metric => metric.MetricPoints).Sum(point => point.GetHistogramSum());

    private static long Sum(IEnumerable<MetricSnapshot> metrics, string name, string tag, string value) =>
        metrics.Where(metric => metric.Name == name)
            .SelectMany(metric => metric.MetricPoints)
            .Where(point => Has(point, tag, value))
            .Sum(point => point.GetSumLong());

    private static long Count(IEnumerable<MetricSnapshot> metrics, string name) =>
        metrics.Where(metric => metric.Name == name).SelectMany(metric => metric.MetricPoints).Sum(point => point.GetHistogramCount());

    private static bool Has(MetricPoint point, string tag, string value)
    {
        foreach (var pair in point.Tags)
        {
            if (pair.Key == tag && Equals(pair.Value, value))
            {
                return true;
            }
        }

        return false;
    }
}
