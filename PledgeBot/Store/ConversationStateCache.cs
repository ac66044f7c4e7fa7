using Microsoft.Extensions.Caching.Memory;
using PledgeBot.Dialogs.Ports;

namespace PledgeBot.Store;

/// <summary>The last state and version this instance wrote for recently active conversations, so a turn can skip the
/// read: the versioned write still decides, and a refused write drops the entry (<see cref="RedisStateStore"/>).
/// Bounded by <see cref="StoreOptions.StateCacheEntries"/> (least recently used go first); 0 turns it off.</summary>
public sealed class ConversationStateCache : IDisposable
{
    private readonly MemoryCache? _cache;
    private readonly TimeSpan _lifetime;

    public ConversationStateCache(int entries, TimeSpan lifetime)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(entries);
        _lifetime = lifetime;
        _cache = entries == 0 ? null : new MemoryCache(new MemoryCacheOptions { SizeLimit = entries });
    }

    public long Count => _cache?.Count ?? 0;

    public bool TryGet(StateKey key, out CachedState state)
    {
        if (_cache is not null && _cache.TryGetValue(key.Value, out CachedState? found) && found is not null)
        {
            state = found;
            return true;
        }

        state = null!;
        return false;
    }

    public void Set(StateKey key, string json, long version) =>
        _cache?.Set(key.Value, new CachedState(json, version), new MemoryCacheEntryOptions
        {
            Size = 1,
            AbsoluteExpirationRelativeToNow = _lifetime,
        });

    public void Remove(StateKey key) => _cache?.Remove(key.Value);

    public void Dispose() => _cache?.Dispose();
}
