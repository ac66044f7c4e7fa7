using System.Diagnostics.Metrics;
using PledgeBot.Observability;

namespace PledgeBot.Conversations.NativeChannels;

/// <summary><c>pledgebot.queue.depth</c>: turns queued or running on this instance, all channels.</summary>
public sealed class QueueDepthGauge : IInstanceGauge
{
    public QueueDepthGauge(IMeterFactory meters, ConversationQueue queue)
    {
        ArgumentNullException.ThrowIfNull(meters);
        ArgumentNullException.ThrowIfNull(queue);
        meters.Create(PledgeBotTelemetry.InstanceMeterName).CreateObservableGauge(
            "pledgebot.queue.depth", () => queue.Pending, "{turn}", "Turns queued or running on this instance, all channels");
    }
}
