using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using PledgeBot.Store;
using StackExchange.Redis;

namespace PledgeBot.Secrets;

/// <summary>The one place a key comes from: its setting when configured; otherwise the store, where the first instance
/// to start publishes it with SET NX and every other reads it, so instances sharing a Redis share every key. A key
/// file an earlier version wrote under <c>Store:DataDir</c> is published in its place, so existing hashes, cards and
/// links keep working. Read once at start, synchronously, as the singletons that hold the keys are built; a generated
/// key is then kept by name, so features sharing one (the Direct Line and page token signers) read the store once.</summary>
public sealed class GeneratedKeys(IConnectionMultiplexer store, RedisKeys keys, IOptions<StoreOptions> options, ILogger<GeneratedKeys> logger)
{
    private const int Attempts = 3;

    private readonly ConcurrentDictionary<string, byte[]> _shared = new(StringComparer.Ordinal);

    /// <summary>The configured key when <paramref name="configured"/> holds one, else the shared generated one.</summary>
    public byte[] Resolve(GeneratedKey key, string? configured)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (KeyText.TryDecode(configured, out var bytes))
        {
            logger.KeyResolved(key.Name, key.Setting, GeneratedKeySource.Configuration);
            return bytes;
        }

        if (!_shared.TryGetValue(key.Name, out var shared))
        {
            // Two first calls racing both read or publish through SET NX, so they get the same bytes either way.
            shared = _shared.GetOrAdd(key.Name, Share(key, RandomNumberGenerator.GetBytes(KeyText.MinimumBytes), out _));
        }

        return (byte[])shared.Clone();
    }

    /// <summary>The key every instance shares: the store's, else an earlier version's key file, else
    /// <paramref name="candidate"/>; <paramref name="source"/> says which (<see cref="GeneratedKeySource.Created"/> only
    /// for the one instance whose candidate won).</summary>
    public byte[] Share(GeneratedKey key, byte[] candidate, out GeneratedKeySource source)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(candidate);
        var storeKey = keys.GeneratedKey(key.Name);
        var legacyPath = key.LegacyPathIn(options.Value.DataDir);
        var legacy = ReadLegacyFile(key, legacyPath);
        (var shared, source) = ReadOrPublish(key, storeKey, legacy ?? candidate, legacy is null ? GeneratedKeySource.Created : GeneratedKeySource.MigratedFile);
        if (legacy is not null && source == GeneratedKeySource.Store && !CryptographicOperations.FixedTimeEquals(legacy, shared))
        {
            logger.LegacyFileIgnored(key.Name, legacyPath);
        }

        logger.KeyResolved(key.Name, key.Setting, source);
        if (source == GeneratedKeySource.Created)
        {
            logger.KeyCreated(key.Name, key.Setting);
        }

        return shared;
    }

    // Blocking calls, made while the host builds its singletons; a busy start (the thread pool still growing) can time
    // one out, so a few attempts are made before the host is refused.
    private (byte[] Key, GeneratedKeySource Source) ReadOrPublish(GeneratedKey key, RedisKey storeKey, byte[] offered, GeneratedKeySource offeredSource)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var database = store.GetDatabase();
                if (Read(database, storeKey, key) is { } stored)
                {
                    return (stored, GeneratedKeySource.Store);
                }

                // SET NX: of instances starting together on an empty store, exactly one publishes; the rest read its key.
                return database.StringSet(storeKey, Convert.ToBase64String(offered), when: When.NotExists)
                    ? (offered, offeredSource)
                    : (Read(database, storeKey, key) ?? throw Unreadable(key), GeneratedKeySource.Store);
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException && attempt < Attempts)
            {
                logger.KeyStoreRetried(key.Name, exception.GetType().Name, attempt);
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                throw new InvalidOperationException(
                    $"{key.Setting} is not set and the store could not be reached to share a generated one ({exception.GetType().Name}); " +
                    $"set {key.Setting} or make the store reachable.", exception);
            }
        }
    }

    private static byte[]? Read(IDatabase database, RedisKey storeKey, GeneratedKey key)
    {
        var value = database.StringGet(storeKey);
        if (value.IsNull)
        {
            return null;
        }

        // Replacing a damaged key silently would break what it protects; an operator has to decide.
        return KeyText.TryDecodeStored(value.ToString(), out var bytes)
            ? bytes
            : throw new InvalidOperationException(
                $"The {key.Name} key in the store is damaged ({key.WhyNotReplaced}); restore it or set {key.Setting}.");
    }

    private static byte[]? ReadLegacyFile(GeneratedKey key, string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        return KeyText.TryDecode(File.ReadAllText(path), out var bytes)
            ? bytes
            : throw new InvalidOperationException($"The key file {path} is damaged ({key.WhyNotReplaced}); restore it or set {key.Setting}.");
    }

    private static InvalidOperationException Unreadable(GeneratedKey key) =>
        new($"The {key.Name} key vanished from the store while it was being created; start again or set {key.Setting}.");
}
