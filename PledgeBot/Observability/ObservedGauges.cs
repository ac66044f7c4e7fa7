using System.Diagnostics.Metrics;
using PledgeBot.Campaign.Live;
using PledgeBot.Conversations.NativeChannels;

namespace PledgeBot.Observability;

/// <summary>Gauges read from this instance's own state when the exporter collects: the turn queue's depth and the live
/// page's open streams. Per instance; a dashboard sums them over instances.</summary>
public sealed class ObservedGauges
{
    public const string MeterName = PledgeBotTelemetry.InstanceMeterName;

    public ObservedGauges(IMeterFactory meters, ConversationQueue queue, LiveBroadcast live)
    {
        ArgumentNullException.ThrowIfNull(meters);
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(live);
        var meter = meters.Create(MeterName);
        meter.CreateObservableGauge(
            "pledgebot.queue.depth", () => queue.Pending, "{turn}", "Turns queued or running on this instance, all channels");
        meter.CreateObservableGauge(
            "pledgebot.live.subscribers", () => live.Count, "{stream}", "Open live-page streams on this instance");
    }
}
