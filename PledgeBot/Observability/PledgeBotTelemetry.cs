using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace PledgeBot.Observability;

/// <summary>The host's one activity source and its meter, both named "PledgeBot". Static, as .NET's own libraries hold
/// theirs: each is a name a listener subscribes to, cheap and inert while nothing listens.</summary>
public static class PledgeBotTelemetry
{
    public const string Name = "PledgeBot";

    /// <summary>The meter of gauges read from one instance's own state (queue depth, live streams: ObservedGauges).</summary>
    public const string InstanceMeterName = "PledgeBot.Instance";

    /// <summary>The native channels' meter (webhooks, replies, sends).</summary>
    public const string ChannelsMeterName = "PledgeBot.NativeChannels";

    public static ActivitySource Source { get; } = new(Name);

    public static Meter Meter { get; } = new(Name);
}
