using System.Collections.Concurrent;
using PledgeBot.Store;
using StackExchange.Redis;

namespace PledgeBot.Tests.Fakes;

/// <summary><see cref="IExpiringValues"/> in a dictionary, for unit tests; lifetimes are recorded, not enforced (the
/// Redis implementation's are covered by the host tests on a real store).</summary>
public sealed class InMemoryExpiringValues : IExpiringValues
{
    private readonly ConcurrentDictionary<string, (string Value, TimeSpan Lifetime)> _values = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, (string Value, TimeSpan Lifetime)> Entries => _values;

    public Task SetAsync(RedisKey key, string value, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        _values[key.ToString()] = (value, lifetime);
        return Task.CompletedTask;
    }

    public Task<string?> GetAsync(RedisKey key, CancellationToken cancellationToken) =>
        Task.FromResult(_values.TryGetValue(key.ToString(), out var entry) ? entry.Value : null);

    public Task<string?> TakeAsync(RedisKey key, CancellationToken cancellationToken) =>
        Task.FromResult(_values.TryRemove(key.ToString(), out var entry) ? entry.Value : null);

    public Task RemoveAsync(RedisKey key, CancellationToken cancellationToken)
    {
        _values.TryRemove(key.ToString(), out _);
        return Task.CompletedTask;
    }
}
