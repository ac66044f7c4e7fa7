using System.Diagnostics.Metrics;
using PledgeBot.Observability;

namespace PledgeBot.Conversations.NativeChannels;

/// <summary>Counts of what native channels received and sent, by channel and outcome (never by user).</summary>
public sealed class ChannelMetrics
{
    public const string MeterName = PledgeBotTelemetry.ChannelsMeterName;

    private readonly Counter<long> _webhooks;
    private readonly Counter<long> _replies;

    public ChannelMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        _webhooks = meter.CreateCounter<long>("pledgebot.channel.webhooks", description: "Webhook deliveries by outcome");
        _replies = meter.CreateCounter<long>("pledgebot.channel.replies", description: "Replies by outcome and reason");
    }

    /// <summary>outcome: queued, duplicate, busy, unauthorized, ignored, bad-request.</summary>
    public void Webhook(string channel, string outcome) =>
        _webhooks.Add(1, new KeyValuePair<string, object?>("channel", channel), new KeyValuePair<string, object?>("outcome", outcome));

    /// <summary>outcome: sent, failed (reason: the platform's error code or name), held (behind a failed one).</summary>
    public void Replies(string channel, string outcome, string reason, int count)
    {
        Observability.HostMetrics.Sent(channel, channel, outcome, count);
        _replies.Add(
            count,
            new KeyValuePair<string, object?>("channel", channel),
            new KeyValuePair<string, object?>("outcome", outcome),
            new KeyValuePair<string, object?>("reason", reason));
    }
}
