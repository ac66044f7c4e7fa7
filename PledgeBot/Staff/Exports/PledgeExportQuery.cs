using System.Runtime.CompilerServices;
using PledgeBot.Campaign;
using PledgeBot.Store;
using StackExchange.Redis;

namespace PledgeBot.Staff.Exports;

/// <summary>Reads the ledger's per-day mix hashes one day at a time, so memory holds one day however long the range.</summary>
public sealed class PledgeExportQuery(IConnectionMultiplexer multiplexer, RedisKeys keys)
{
    public async IAsyncEnumerable<PledgeMixRow> ReadAsync(ExportRange range, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(range);
        var database = multiplexer.GetDatabase();
        foreach (var day in range.Days())
        {
            var mix = await database.HashGetAllAsync(keys.PledgeMix(day)).WaitAsync(cancellationToken);
            foreach (var entry in mix.OrderBy(e => (string)e.Name!, StringComparer.Ordinal))
            {
                // province|channel|code|age band, as CountedMix wrote it; an empty code means none.
                var parts = ((string)entry.Name!).Split(CountedMix.Separator);
                if (parts.Length == 4)
                {
                    yield return new PledgeMixRow(day, parts[0], parts[1], parts[2], parts[3], (long)entry.Value);
                }
            }
        }
    }
}
