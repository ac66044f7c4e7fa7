using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using PledgeBot.Observability;

namespace PledgeBot.Tests.Observability;

/// <summary>Sums what one instrument of the "PledgeBot" meter records while it is alive, by one tag's value. The meter
/// is process-wide, so tests count with a tag value of their own where the instrument has one (else at least).</summary>
internal sealed class MeasuredCounts : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, long> _sums = new(StringComparer.Ordinal);

    public MeasuredCounts(string instrument, string tag, string? scopeTag = null, string? scopeValue = null)
    {
        _listener.InstrumentPublished = (published, listener) =>
        {
            if (published.Meter == PledgeBotTelemetry.Meter && published.Name == instrument)
            {
                listener.EnableMeasurementEvents(published);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            string? key = null;
            var inScope = scopeTag is null;
            foreach (var pair in tags)
            {
                key = pair.Key == tag ? pair.Value as string : key;
                inScope |= pair.Key == scopeTag && Equals(pair.Value, scopeValue);
            }

            if (inScope && key is not null)
            {
                _sums.AddOrUpdate(key, value, (_, sum) => sum + value);
            }
        });
        _listener.Start();
    }

    public long this[string value] => _sums.GetValueOrDefault(value);

    public void Dispose() => _listener.Dispose();
}
