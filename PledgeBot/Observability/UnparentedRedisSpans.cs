using System.Diagnostics;
using OpenTelemetry;

namespace PledgeBot.Observability;

/// <summary>Drops the Redis spans of commands run outside any span: the live poller's reads every 2 s, start-up and
/// key checks. The Redis instrumentation makes each a trace of its own, which would fill Application Insights with
/// noise; commands of a turn or a request stay, under it. Runs before the exporters (it is added first).</summary>
internal sealed class UnparentedRedisSpans : BaseProcessor<Activity>
{
    public const string RedisSourceName = "OpenTelemetry.Instrumentation.StackExchangeRedis";

    public override void OnEnd(Activity data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.ParentSpanId == default && data.Source.Name == RedisSourceName)
        {
            data.ActivityTraceFlags &= ~ActivityTraceFlags.Recorded;
        }
    }
}
