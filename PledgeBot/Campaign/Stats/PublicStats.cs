using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Ports;
using StackExchange.Redis;

namespace PledgeBot.Campaign.Stats;

/// <summary>The public totals, read from the ledger at most once per <see cref="Freshness"/> on each instance, so
/// any number of big screens can poll; while the store is down the last totals read are served.</summary>
public sealed class PublicStats(ICampaignLedger ledger, IContentSource content, TimeProvider time, ILogger<PublicStats> logger)
    : IDisposable
{
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(2);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private PublicTotals? _last;
    private long _lastReadAt;

    /// <summary>The totals, or null when the store cannot answer and none were read before.</summary>
    public Task<PublicTotals?> ReadAsync(CancellationToken cancellationToken) => ReadAsync(Freshness, cancellationToken);

    /// <summary>The totals read at most <paramref name="freshness"/> ago, or by a read that started after this call:
    /// the live counter asks for newer numbers than the polled endpoint needs (<see cref="TimeSpan.Zero"/>: read now,
    /// and a burst of screens reconnecting at once shares one or two reads).</summary>
    public async Task<PublicTotals?> ReadAsync(TimeSpan freshness, CancellationToken cancellationToken)
    {
        var asked = time.GetTimestamp();

        // One reader at a time: while one request reads the store, the others wait and take its answer.
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_last is not null && (_lastReadAt > asked || time.GetElapsedTime(_lastReadAt) < freshness))
            {
                return _last;
            }

            try
            {
                var started = time.GetTimestamp();
                var totals = await ledger.GetTotalsAsync(cancellationToken);
                _last = Publish(totals);
                _lastReadAt = started;
                return _last;
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                if (_last is null)
                {
                    logger.TotalsUnavailable(exception);
                }
                else
                {
                    logger.StaleTotalsServed(_last.UpdatedAt, exception);
                }

                return _last;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    // Province ids become the names the content gives them in Vietnamese (the campaign's language); an id the
    // content no longer lists keeps its id, so no pledge disappears from the screen. Largest first.
    private PublicTotals Publish(CampaignTotals totals)
    {
        var names = content.Current.Provinces(Language.Vietnamese).ToDictionary(p => p.Id, p => p.Name, StringComparer.Ordinal);
        var byName = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (id, count) in totals.PledgesByProvince.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            var name = names.GetValueOrDefault(id, id);
            byName[name] = byName.GetValueOrDefault(name) + count;
        }

        var utc = totals.UpdatedAt.UtcDateTime;
        return new PublicTotals(
            totals.Pledges,
            byName,
            totals.QuizCompletions,
            new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc));
    }
}
