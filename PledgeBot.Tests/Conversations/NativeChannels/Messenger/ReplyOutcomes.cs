using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using PledgeBot.Conversations.NativeChannels;

namespace PledgeBot.Tests.Conversations.NativeChannels.Messenger;

/// <summary>Listens to the channel core's reply counter (every host in the process) while a test runs.</summary>
public sealed class ReplyOutcomes : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<(string Channel, string Outcome, string Reason, long Count)> _seen = new();

    public ReplyOutcomes()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == ChannelMetrics.MeterName && instrument.Name == "pledgebot.channel.replies")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, count, tags, _) =>
        {
            var named = tags.ToArray().ToDictionary(tag => tag.Key, tag => tag.Value as string ?? string.Empty);
            _seen.Enqueue((named.GetValueOrDefault("channel", ""), named.GetValueOrDefault("outcome", ""), named.GetValueOrDefault("reason", ""), count));
        });
        _listener.Start();
    }

    public bool Saw(string outcome, string reason) =>
        _seen.Any(seen => seen.Channel == "facebook" && seen.Outcome == outcome && seen.Reason == reason);

    public void Dispose() => _listener.Dispose();
}
