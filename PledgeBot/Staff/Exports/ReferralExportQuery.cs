using System.Runtime.CompilerServices;
using PledgeBot.Campaign;
using PledgeBot.Referrals;
using PledgeBot.Store;
using StackExchange.Redis;

namespace PledgeBot.Staff.Exports;

/// <summary>Every referral code, kind by kind, read in pages from the kinds' reach ranks. A peer code joins its rank
/// once it reaches someone, so the export skips the idle ones (most pledgers invite nobody).</summary>
public sealed class ReferralExportQuery(IConnectionMultiplexer multiplexer, RedisKeys keys, RedisReferralCatalog catalog)
{
    private const int PageSize = 500;

    public async IAsyncEnumerable<ReferralExportRow> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var database = multiplexer.GetDatabase();
        foreach (var kind in ReferralKinds.All)
        {
            // ZSCAN returns every code present throughout at least once, whatever changes meanwhile; the set drops repeats.
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var page = new List<string>(PageSize);
            await foreach (var entry in database.SortedSetScanAsync(keys.ReferralRank(kind, ReferralMetrics.Reach), pageSize: PageSize)
                .WithCancellation(cancellationToken))
            {
                if (seen.Add((string)entry.Element!))
                {
                    page.Add((string)entry.Element!);
                }

                if (page.Count == PageSize)
                {
                    foreach (var row in await ReadPageAsync(database, page, cancellationToken))
                    {
                        yield return row;
                    }

                    page.Clear();
                }
            }

            foreach (var row in await ReadPageAsync(database, page, cancellationToken))
            {
                yield return row;
            }
        }
    }

    /// <summary>The <paramref name="count"/> codes of each kind that reached the most people, as export rows: the
    /// dashboard's top list reads the ranks' heads instead of streaming every code.</summary>
    public async Task<IReadOnlyList<ReferralExportRow>> ReadTopAsync(int count, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var database = multiplexer.GetDatabase();
        var rows = new List<ReferralExportRow>();
        foreach (var kind in ReferralKinds.All)
        {
            var top = await database.SortedSetRangeByRankAsync(
                keys.ReferralRank(kind, ReferralMetrics.Reach), 0, count - 1, Order.Descending).WaitAsync(cancellationToken);
            rows.AddRange(await ReadPageAsync(database, [.. top.Select(code => (string)code!)], cancellationToken));
        }

        return rows;
    }

    private async Task<IReadOnlyList<ReferralExportRow>> ReadPageAsync(IDatabase database, List<string> codes, CancellationToken cancellationToken)
    {
        if (codes.Count == 0)
        {
            return [];
        }

        var stored = await catalog.GetManyAsync(codes, cancellationToken);
        var quizzes = await Task.WhenAll(stored.Select(code =>
            database.HashGetAsync(keys.QuizByCode(code.Code), AggregateCounters.Completions))).WaitAsync(cancellationToken);
        return [.. stored.Zip(quizzes, (code, quiz) => new ReferralExportRow(
            code.Code,
            code.Name ?? string.Empty,
            code.Kind,
            code.Active,
            code.Created ?? string.Empty,
            code.Count(ReferralMetrics.Reach),
            code.Count(ReferralMetrics.Pledges),
            quiz.IsNull ? 0 : (long)quiz))];
    }
}
