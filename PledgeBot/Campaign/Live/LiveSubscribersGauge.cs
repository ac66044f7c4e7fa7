using System.Diagnostics.Metrics;
using PledgeBot.Observability;

namespace PledgeBot.Campaign.Live;

/// <summary><c>pledgebot.live.subscribers</c>: open live-page streams on this instance.</summary>
public sealed class LiveSubscribersGauge : IInstanceGauge
{
    public LiveSubscribersGauge(IMeterFactory meters, LiveBroadcast live)
    {
        ArgumentNullException.ThrowIfNull(meters);
        ArgumentNullException.ThrowIfNull(live);
        meters.Create(PledgeBotTelemetry.InstanceMeterName).CreateObservableGauge(
            "pledgebot.live.subscribers", () => live.Count, "{stream}", "Open live-page streams on this instance");
    }
}
