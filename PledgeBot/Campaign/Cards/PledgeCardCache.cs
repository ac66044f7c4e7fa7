using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using PledgeBot.Dialogs.Ports;

namespace PledgeBot.Campaign.Cards;

/// <summary>Rendered cards by their signed parameters, bounded in bytes: a card shared in a group chat is drawn once,
/// however many phones fetch it. Its own cache, so its size limit binds no one else's entries.</summary>
public sealed class PledgeCardCache(
    PledgeCardRenderer renderer, IOptions<CardsOptions> options, TimeProvider clock, ILogger<PledgeCardCache> logger) : IDisposable
{
    // A content fix (a typo in a pledge) reaches newly fetched cards within the hour.
    private static readonly TimeSpan s_lifetime = TimeSpan.FromHours(1);

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = options.Value.CacheSizeBytes });

    public byte[] GetOrRender(PledgeCard card)
    {
        var key = CardQuery.Canonical(card);
        if (_cache.TryGetValue(key, out byte[]? cached) && cached is not null)
        {
            return cached;
        }

        var started = clock.GetTimestamp();
        var png = renderer.Render(card);
        logger.CardRendered(card.Language, card.PledgeIds.Count, (long)clock.GetElapsedTime(started).TotalMilliseconds, png.Length);
        _cache.Set(key, png, new MemoryCacheEntryOptions { Size = png.Length, AbsoluteExpirationRelativeToNow = s_lifetime });
        return png;
    }

    public void Dispose() => _cache.Dispose();
}
