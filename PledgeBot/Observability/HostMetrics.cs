using System.Diagnostics.Metrics;

namespace PledgeBot.Observability;

/// <summary>The host's counters and histograms on the "PledgeBot" meter. Tags are channels, platforms, outcomes and
/// categories, never a user; docs/operations.md lists every instrument.</summary>
public static class HostMetrics
{
    // Turns take tens of milliseconds to a few seconds (an Azure call, a Connector retry); the SDK's default buckets
    // are in milliseconds and would put every turn in the first one.
    private static readonly double[] s_turnBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

    private static readonly Counter<long> s_turns = PledgeBotTelemetry.Meter.CreateCounter<long>(
        "pledgebot.turns", "{turn}", "Turns run, by channel and outcome (replied, silent, duplicate, failed, error)");

    private static readonly Histogram<double> s_turnDuration = PledgeBotTelemetry.Meter.CreateHistogram(
        "pledgebot.turn.duration",
        "s",
        "How long a turn took, its replies' delivery included when it was queued",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = s_turnBuckets });

    // A turn sends a handful of commands (state read and write, a ledger script, delivery); dozens would mean a loop.
    private static readonly int[] s_roundTripBuckets = [0, 1, 2, 3, 4, 5, 6, 8, 10, 15, 20, 50];

    private static readonly Histogram<int> s_storeRoundTrips = PledgeBotTelemetry.Meter.CreateHistogram(
        "pledgebot.store.round_trips",
        "{command}",
        "Store commands one turn sent (a batch counts once), by channel and outcome",
        advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = s_roundTripBuckets });

    private static readonly Counter<long> s_refusals = PledgeBotTelemetry.Meter.CreateCounter<long>(
        "pledgebot.queue.refusals", "{activity}", "Activities answered 503 because the turn queue was full, by channel");

    private static readonly Counter<long> s_sends = PledgeBotTelemetry.Meter.CreateCounter<long>(
        "pledgebot.sends", "{activity}", "Replies sent to a platform, by platform, channel and result (sent, failed, held)");

    private static readonly Counter<long> s_pledges = PledgeBotTelemetry.Meter.CreateCounter<long>(
        "pledgebot.pledges", "{pledge}", "Pledges written to the ledger, by channel and result (recorded, repeated)");

    private static readonly Counter<long> s_zaloTokens = PledgeBotTelemetry.Meter.CreateCounter<long>(
        "pledgebot.zalo.token_refreshes", "{refresh}", "Zalo OA token refreshes by result (refreshed, failed, lost)");

    private static readonly Counter<long> s_remoteCalls = PledgeBotTelemetry.Meter.CreateCounter<long>(
        "pledgebot.safety.remote_calls", "{call}", "Azure Language and Content Safety calls by service and outcome");

    public static void Turn(string channel, string outcome, TimeSpan elapsed, int storeRoundTrips)
    {
        var channelTag = new KeyValuePair<string, object?>("channel", channel);
        var outcomeTag = new KeyValuePair<string, object?>("outcome", outcome);
        s_turns.Add(1, channelTag, outcomeTag);
        s_turnDuration.Record(elapsed.TotalSeconds, channelTag, outcomeTag);
        s_storeRoundTrips.Record(storeRoundTrips, channelTag, outcomeTag);
    }

    public static void QueueRefused(string channel) => s_refusals.Add(1, new KeyValuePair<string, object?>("channel", channel));

    /// <summary>platform: connector for Bot Framework channels, else the native channel's own name.</summary>
    public static void Sent(string platform, string channel, string result, int count) =>
        s_sends.Add(
            count,
            new KeyValuePair<string, object?>("platform", platform),
            new KeyValuePair<string, object?>("channel", channel),
            new KeyValuePair<string, object?>("result", result));

    public static void Pledge(string channel, bool recorded) =>
        s_pledges.Add(
            1,
            new KeyValuePair<string, object?>("channel", channel),
            new KeyValuePair<string, object?>("result", recorded ? "recorded" : "repeated"));

    public static void ZaloTokenRefresh(string result) => s_zaloTokens.Add(1, new KeyValuePair<string, object?>("result", result));

    public static void RemoteCall(string service, string outcome) =>
        s_remoteCalls.Add(
            1,
            new KeyValuePair<string, object?>("service", service),
            new KeyValuePair<string, object?>("outcome", outcome));
}
