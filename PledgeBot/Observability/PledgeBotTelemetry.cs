using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace PledgeBot.Observability;

/// <summary>The host's one activity source and its meter, both named "PledgeBot". Static, as .NET's own libraries hold
/// theirs: each is a name a listener subscribes to, cheap and inert while nothing listens.</summary>
public static class PledgeBotTelemetry
{
    public const string Name = "PledgeBot";

    public static ActivitySource Source { get; } = new(Name);

    public static Meter Meter { get; } = new(Name);
}
