using StackExchange.Redis;

namespace PledgeBot.Store;

/// <summary><see cref="IExpiringValues"/> as strings with an expiry (SET EX, GET, GETDEL, DEL).</summary>
internal sealed class RedisExpiringValues(IConnectionMultiplexer store, ILogger<RedisExpiringValues> logger) : IExpiringValues
{
    public async Task SetAsync(RedisKey key, string value, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        try
        {
            await store.GetDatabase().StringSetAsync(key, value, lifetime).WaitAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            logger.ExpiringValueNotKept("written", exception.GetType().Name);
        }
    }

    public Task<string?> GetAsync(RedisKey key, CancellationToken cancellationToken) =>
        ReadAsync("read", database => database.StringGetAsync(key), cancellationToken);

    public Task<string?> TakeAsync(RedisKey key, CancellationToken cancellationToken) =>
        ReadAsync("taken", database => database.StringGetDeleteAsync(key), cancellationToken);

    public async Task RemoveAsync(RedisKey key, CancellationToken cancellationToken)
    {
        try
        {
            await store.GetDatabase().KeyDeleteAsync(key).WaitAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            logger.ExpiringValueNotKept("removed", exception.GetType().Name);
        }
    }

    private async Task<string?> ReadAsync(string operation, Func<IDatabase, Task<RedisValue>> read, CancellationToken cancellationToken)
    {
        try
        {
            var value = await read(store.GetDatabase()).WaitAsync(cancellationToken);
            return value.IsNull ? null : value.ToString();
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            logger.ExpiringValueNotKept(operation, exception.GetType().Name);
            return null;
        }
    }
}
