using System.Runtime.CompilerServices;
using PledgeBot.Campaign;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Store;
using StackExchange.Redis;

namespace PledgeBot.Staff.Exports;

/// <summary>Reads the "talk to someone" per-day mix hashes (<c>channel|entry</c>) one day at a time: talk requests are
/// the menu and words entries, risk interrupts the safety ones.</summary>
public sealed class SafetyExportQuery(IConnectionMultiplexer multiplexer, RedisKeys keys)
{
    private static readonly string s_menu = nameof(TalkEntry.Menu).ToLowerInvariant();
    private static readonly string s_words = nameof(TalkEntry.Words).ToLowerInvariant();
    private static readonly string s_safety = nameof(TalkEntry.Safety).ToLowerInvariant();

    public async IAsyncEnumerable<SafetyMixRow> ReadAsync(ExportRange range, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(range);
        var database = multiplexer.GetDatabase();
        foreach (var day in range.Days())
        {
            var mix = await database.HashGetAllAsync(keys.TalkMix(day)).WaitAsync(cancellationToken);
            var rows = new SortedDictionary<string, (long Talk, long Risk)>(StringComparer.Ordinal);
            var categories = new Dictionary<string, long[]>(StringComparer.Ordinal);
            foreach (var entry in mix)
            {
                var parts = ((string)entry.Name!).Split(CountedMix.Separator);
                if (parts.Length != 2)
                {
                    continue;
                }

                var (talk, risk) = rows.GetValueOrDefault(parts[0]);
                var count = (long)entry.Value;
                if (parts[1] == s_menu || parts[1] == s_words)
                {
                    talk += count;
                }
                else if (parts[1] == s_safety)
                {
                    risk += count;
                }
                else if (parts[1].StartsWith(s_safety + ".", StringComparison.Ordinal)
                    && IndexOf(parts[1][(s_safety.Length + 1)..]) is var index and >= 0)
                {
                    var counts = categories.TryGetValue(parts[0], out var known) ? known : categories[parts[0]] = new long[SafetyCategories.All.Count];
                    counts[index] += count;
                    continue;
                }

                rows[parts[0]] = (talk, risk);
            }

            foreach (var (channel, (talk, risk)) in rows)
            {
                yield return new SafetyMixRow(day, channel, talk, risk,
                    categories.TryGetValue(channel, out var counts) ? counts : new long[SafetyCategories.All.Count]);
            }
        }
    }

    private static int IndexOf(string category)
    {
        for (var i = 0; i < SafetyCategories.All.Count; i++)
        {
            if (SafetyCategories.All[i] == category)
            {
                return i;
            }
        }

        return -1;
    }
}
