using System.Globalization;
using StackExchange.Redis;

namespace PledgeBot.Conversations.NativeChannels.Zalo;

/// <summary>The OA's token pair in Redis: one hash written in one command, so no instance ever reads a new access
/// token beside an old refresh token; and the lock that lets one instance at a time spend the single-use refresh token.</summary>
public sealed class ZaloTokenStore(IConnectionMultiplexer multiplexer, ZaloTokenKeys keys)
{
    // KEYS[1] the lock; ARGV[1] the token its holder set. Deletes only a lock this holder still owns.
    private const string ReleaseScript = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then
          return redis.call('DEL', KEYS[1])
        end
        return 0
        """;

    // KEYS[1] the pair; ARGV[1] the refused refresh token's marker. The dead token goes, the access token stays usable
    // until it expires.
    private const string LostScript = """
        redis.call('HDEL', KEYS[1], 'rt')
        redis.call('HSET', KEYS[1], 'lost', ARGV[1])
        return 1
        """;

    public async Task<ZaloStoredToken> ReadAsync(CancellationToken cancellationToken)
    {
        var fields = await multiplexer.GetDatabase().HashGetAllAsync(keys.Pair).WaitAsync(cancellationToken);
        if (fields.Length == 0)
        {
            return ZaloStoredToken.None;
        }

        var values = fields.ToDictionary(field => field.Name.ToString(), field => field.Value.ToString(), StringComparer.Ordinal);
        return new ZaloStoredToken(
            Value(values, "at"),
            Value(values, "rt"),
            Value(values, "exp") is { } ms && long.TryParse(ms, NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
                ? DateTimeOffset.FromUnixTimeMilliseconds(expires)
                : null,
            Value(values, "lost"),
            Value(values, "seed"));
    }

    /// <summary>Stores a new pair (clearing any lost marker, and noting the configured token as spent when it was the
    /// one used) in one HSET.</summary>
    public Task SaveAsync(
        string accessToken, string refreshToken, DateTimeOffset expiresAt, string? seedMarker, CancellationToken cancellationToken)
    {
        HashEntry[] pair =
        [
            new("at", accessToken),
            new("rt", refreshToken),
            new("exp", expiresAt.ToUnixTimeMilliseconds()),
            new("lost", string.Empty),
        ];
        return multiplexer.GetDatabase()
            .HashSetAsync(keys.Pair, seedMarker is null ? pair : [.. pair, new HashEntry("seed", seedMarker)])
            .WaitAsync(cancellationToken);
    }

    public Task MarkLostAsync(string marker, CancellationToken cancellationToken) =>
        multiplexer.GetDatabase().ScriptEvaluateAsync(LostScript, [keys.Pair], [marker]).WaitAsync(cancellationToken);

    public Task<bool> TryLockAsync(string token, TimeSpan lease, CancellationToken cancellationToken) =>
        multiplexer.GetDatabase().StringSetAsync(keys.RefreshLock, token, lease, When.NotExists).WaitAsync(cancellationToken);

    public Task ReleaseAsync(string token) =>
        multiplexer.GetDatabase().ScriptEvaluateAsync(ReleaseScript, [keys.RefreshLock], [token]);

    private static string? Value(Dictionary<string, string> values, string name) =>
        values.TryGetValue(name, out var value) && value.Length > 0 ? value : null;
}
