using System.Globalization;
using System.Runtime.CompilerServices;
using PledgeBot.Campaign;
using PledgeBot.Store;
using StackExchange.Redis;

namespace PledgeBot.Staff.Exports;

/// <summary>Reads the quiz's per-day mix hashes one day at a time: fields <c>channel|code|completions</c> and
/// <c>channel|code|score_N</c>, grouped into one row per channel and code.</summary>
public sealed class QuizExportQuery(IConnectionMultiplexer multiplexer, RedisKeys keys)
{
    private const string ScorePrefix = "score_";

    private static readonly Comparer<(string Channel, string Code)> s_order = Comparer<(string Channel, string Code)>.Create(
        (a, b) => string.CompareOrdinal(a.Channel, b.Channel) is var byChannel and not 0 ? byChannel : string.CompareOrdinal(a.Code, b.Code));

    public async IAsyncEnumerable<QuizMixRow> ReadAsync(ExportRange range, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(range);
        var database = multiplexer.GetDatabase();
        foreach (var day in range.Days())
        {
            var mix = await database.HashGetAllAsync(keys.QuizMix(day)).WaitAsync(cancellationToken);
            var rows = new SortedDictionary<(string Channel, string Code), long[]>(s_order);
            foreach (var entry in mix)
            {
                var parts = ((string)entry.Name!).Split(CountedMix.Separator);
                if (parts.Length != 3 || Column(parts[2]) is not { } column)
                {
                    continue;
                }

                if (!rows.TryGetValue((parts[0], parts[1]), out var counts))
                {
                    counts = new long[QuizMixRow.MaxScore + 2];
                    rows.Add((parts[0], parts[1]), counts);
                }

                counts[column] += (long)entry.Value;
            }

            foreach (var ((channel, code), counts) in rows)
            {
                yield return new QuizMixRow(day, channel, code, counts[0], counts[1..]);
            }
        }
    }

    // 0 for completions, 1 + N for score_N; null for anything else (a score above the export's columns).
    private static int? Column(string field)
    {
        if (field == AggregateCounters.Completions)
        {
            return 0;
        }

        return field.StartsWith(ScorePrefix, StringComparison.Ordinal)
            && int.TryParse(field.AsSpan(ScorePrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var score)
            && score <= QuizMixRow.MaxScore
                ? 1 + score
                : null;
    }
}
