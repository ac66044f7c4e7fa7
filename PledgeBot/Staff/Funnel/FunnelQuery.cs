using System.Globalization;
using PledgeBot.Referrals;
using PledgeBot.Staff.Exports;
using PledgeBot.Store;
using StackExchange.Redis;

namespace PledgeBot.Staff.Funnel;

/// <summary>Reads a flow's funnel counters for a range of days (one pipelined HGETALL per day) and folds them by step,
/// day, referral kind and code. Peer codes (a pledger's invite link) are summed into their kind, not listed one by one.</summary>
public sealed class FunnelQuery(IConnectionMultiplexer multiplexer, RedisKeys keys, RedisReferralCatalog catalog)
{
    public const string NoCode = "none";

    public async Task<FunnelData> ReadAsync(string flow, ExportRange range, string? version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(range);
        var days = range.Days().ToList();
        var batch = multiplexer.GetDatabase().CreateBatch();
        var reads = days.Select(day => batch.HashGetAllAsync(keys.Funnel(flow, day))).ToList();
        batch.Execute();
        var hashes = await Task.WhenAll(reads).WaitAsync(cancellationToken);

        var counted = new List<(string Day, string Version, int Ordinal, string Name, string Code, long Count)>();
        for (var i = 0; i < days.Count; i++)
        {
            foreach (var entry in hashes[i])
            {
                var parts = ((string)entry.Name!).Split('|');
                if (parts.Length == 4 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ordinal))
                {
                    counted.Add((days[i], parts[0], ordinal, parts[2], parts[3], (long)entry.Value));
                }
            }
        }

        var versions = counted.GroupBy(c => c.Version, StringComparer.Ordinal)
            .Select(g => new FunnelVersion(
                g.Key, g.Select(c => c.Day).Min(StringComparer.Ordinal)!, g.Select(c => c.Day).Max(StringComparer.Ordinal)!, g.Where(c => c.Ordinal == 0).Sum(c => c.Count)))
            .OrderByDescending(v => v.LastDay, StringComparer.Ordinal).ThenByDescending(v => v.Started)
            .ToList();
        var shown = version ?? versions.FirstOrDefault()?.Version;
        var rows = counted.Where(c => c.Version == shown).ToList();
        var steps = rows.GroupBy(c => c.Ordinal).OrderBy(g => g.Key)
            .Select(g => new FunnelStepTotal(g.Key, g.First().Name, g.Sum(c => c.Count)))
            .ToList();
        var ordinals = steps.Select(s => s.Ordinal).ToList();

        var codes = rows.Select(c => c.Code).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var kinds = (await catalog.GetManyAsync(codes, cancellationToken)).ToDictionary(c => c.Code, c => c.Kind, StringComparer.Ordinal);
        string KindOf(string code) => code.Length == 0 ? NoCode : kinds.GetValueOrDefault(code, ReferralKinds.Peer);

        return new FunnelData(
            flow,
            days[0],
            days[^1],
            shown,
            versions,
            steps,
            [.. days.Select(day => Row(day, null, rows.Where(c => c.Day == day), ordinals))],
            [.. rows.GroupBy(c => KindOf(c.Code), StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => Row(g.Key, null, g, ordinals))],
            [.. rows.Where(c => c.Code.Length > 0 && KindOf(c.Code) != ReferralKinds.Peer)
                .GroupBy(c => c.Code, StringComparer.Ordinal)
                .Select(g => Row(g.Key, KindOf(g.Key), g, ordinals))
                .OrderByDescending(r => r.Counts.Count > 0 ? r.Counts[0] : 0).ThenBy(r => r.Key, StringComparer.Ordinal)]);
    }

    private static FunnelRow Row(
        string key, string? kind, IEnumerable<(string Day, string Version, int Ordinal, string Name, string Code, long Count)> counts, List<int> ordinals)
    {
        var byOrdinal = counts.GroupBy(c => c.Ordinal).ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
        return new FunnelRow(key, kind, [.. ordinals.Select(o => byOrdinal.GetValueOrDefault(o))]);
    }
}
