using System.Globalization;
using System.Runtime.CompilerServices;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Staff.Exports;
using StackExchange.Redis;

namespace PledgeBot.Counsel;

/// <summary>Reads the console's per-day counts one day at a time, one row per channel; the median and 90th percentile
/// of the wait come from the day's histogram of whole seconds (nearest rank).</summary>
public sealed class CounselExportQuery(IConnectionMultiplexer store, CounselRedisKeys keys)
{
    private static readonly string s_outOfHours = CounselStats.FallbackPrefix + CounselStats.Reason(CounselFallback.OutOfHours);
    private static readonly string s_timeout = CounselStats.FallbackPrefix + CounselStats.Reason(CounselFallback.Timeout);

    public async IAsyncEnumerable<CounselMixRow> ReadAsync(ExportRange range, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(range);
        var database = store.GetDatabase();
        foreach (var day in range.Days())
        {
            var channels = new SortedDictionary<string, Counts>(StringComparer.Ordinal);
            foreach (var entry in await database.HashGetAllAsync(keys.Day(day)).WaitAsync(cancellationToken))
            {
                var parts = ((string)entry.Name!).Split('|', 2);
                if (parts.Length != 2)
                {
                    continue;
                }

                var counts = channels.TryGetValue(parts[0], out var known) ? known : channels[parts[0]] = new Counts();
                counts.Add(parts[1], (long)entry.Value);
            }

            foreach (var (channel, counts) in channels)
            {
                yield return new CounselMixRow(day, channel, counts.Requests, counts.Handled,
                    counts.Percentile(0.5), counts.Percentile(0.9), counts.OutOfHours, counts.Timeout);
            }
        }
    }

    private sealed class Counts
    {
        private readonly SortedDictionary<long, long> _waits = [];

        public long Requests { get; private set; }

        public long Handled { get; private set; }

        public long OutOfHours { get; private set; }

        public long Timeout { get; private set; }

        public void Add(string field, long count)
        {
            if (field == CounselStats.Requests)
            {
                Requests += count;
            }
            else if (field == CounselStats.Handled)
            {
                Handled += count;
            }
            else if (field == s_outOfHours)
            {
                OutOfHours += count;
            }
            else if (field == s_timeout)
            {
                Timeout += count;
            }
            else if (field.StartsWith(CounselStats.WaitPrefix, StringComparison.Ordinal)
                && long.TryParse(field.AsSpan(CounselStats.WaitPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            {
                _waits[seconds] = _waits.GetValueOrDefault(seconds) + count;
            }
        }

        // Nearest rank: the smallest wait at or below which at least that share of the waits fall.
        public long? Percentile(double share)
        {
            var total = _waits.Values.Sum();
            if (total == 0)
            {
                return null;
            }

            var rank = (long)Math.Ceiling(share * total);
            var seen = 0L;
            foreach (var (seconds, count) in _waits)
            {
                seen += count;
                if (seen >= rank)
                {
                    return seconds;
                }
            }

            return _waits.Keys.Last();
        }
    }
}
