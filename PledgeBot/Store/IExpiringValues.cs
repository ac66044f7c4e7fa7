using StackExchange.Redis;

namespace PledgeBot.Store;

/// <summary>Short-lived values one request leaves for a later one, which may land on another instance or come after a
/// restart: kept in the store under a <see cref="RedisKeys"/> key with a lifetime. A store that cannot be reached reads
/// as nothing remembered (logged), never as a failed request.</summary>
public interface IExpiringValues
{
    Task SetAsync(RedisKey key, string value, TimeSpan lifetime, CancellationToken cancellationToken);

    Task<string?> GetAsync(RedisKey key, CancellationToken cancellationToken);

    /// <summary>Reads and removes the value in one step, so it is taken once.</summary>
    Task<string?> TakeAsync(RedisKey key, CancellationToken cancellationToken);

    Task RemoveAsync(RedisKey key, CancellationToken cancellationToken);
}
