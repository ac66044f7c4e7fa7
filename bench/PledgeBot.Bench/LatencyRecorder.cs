using System.Collections.Concurrent;

namespace PledgeBot.Bench;

/// <summary>Latencies per turn kind, kept whole (a run is at most a few hundred thousand turns).</summary>
internal sealed class LatencyRecorder
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> _byKind = new();
    private long _errors;

    public long Errors => Interlocked.Read(ref _errors);

    public void Record(string kind, double milliseconds) => _byKind.GetOrAdd(kind, _ => []).Add(milliseconds);

    public void Error() => Interlocked.Increment(ref _errors);

    public long Count => _byKind.Values.Sum(bag => (long)bag.Count);

    public IEnumerable<(string Kind, int Count, double P50, double P95, double P99, double Max)> Summary() =>
        _byKind.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair =>
        {
            var sorted = pair.Value.Order().ToArray();
            return (pair.Key, sorted.Length, At(sorted, 0.50), At(sorted, 0.95), At(sorted, 0.99), sorted[^1]);
        });

    public (double P50, double P95, double P99, double Max) All()
    {
        var sorted = _byKind.Values.SelectMany(bag => bag).Order().ToArray();
        return sorted.Length == 0 ? default : (At(sorted, 0.50), At(sorted, 0.95), At(sorted, 0.99), sorted[^1]);
    }

    private static double At(double[] sorted, double quantile) => sorted[Math.Min(sorted.Length - 1, (int)(quantile * sorted.Length))];
}
