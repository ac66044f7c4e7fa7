using System.Globalization;
using StackExchange.Redis;

namespace PledgeBot.Bench;

/// <summary>What the store says about the run: commands executed (INFO commandstats) and memory per pledger.</summary>
internal static class StoreStats
{
    public static async Task<long?> CommandCallsAsync(IServer? server)
    {
        if (server is null)
        {
            return null;
        }

        try
        {
            var info = await server.InfoAsync("commandstats");
            return info.SelectMany(group => group)
                .Where(pair => !pair.Key.Contains("info", StringComparison.OrdinalIgnoreCase))
                .Select(pair => pair.Value.Split(',')[0])
                .Where(field => field.StartsWith("calls=", StringComparison.Ordinal))
                .Sum(field => long.Parse(field["calls=".Length..], CultureInfo.InvariantCulture));
        }
        catch (RedisException)
        {
            return null;
        }
    }

    // The long-lived per-user records are the pledger buckets ({pledges}:pl:*, many users' packed records per hash);
    // conversation state expires and is not counted. All buckets' MEMORY USAGE over the pledge fields they hold (a
    // user's other fields, ending in 'r' and 'i', are their referral part and invite-code index, not other users).
    public static async Task<double?> BytesPerPledgerAsync(IConnectionMultiplexer? redis, IServer? server)
    {
        if (redis is null || server is null)
        {
            return null;
        }

        try
        {
            var database = redis.GetDatabase();
            var bytes = 0L;
            var pledgers = 0L;
            await foreach (var key in server.KeysAsync(pattern: "*{pledges}:pl:*", pageSize: 1000))
            {
                if (await database.ExecuteAsync("MEMORY", "USAGE", key, "SAMPLES", "0") is { IsNull: false } usage)
                {
                    bytes += (long)usage;
                }

                pledgers += (await database.HashKeysAsync(key)).Count(field => !((string)field!).EndsWith('r') && !((string)field!).EndsWith('i'));
            }

            return pledgers == 0 ? null : (double)bytes / pledgers;
        }
        catch (RedisException)
        {
            return null;
        }
    }

    /// <summary>The pledgers' invite codes ({pledges}:ref:* of kind peer), each a hash of its own, per pledger.</summary>
    public static async Task<double?> PeerCodeBytesPerPledgerAsync(IConnectionMultiplexer? redis, IServer? server, long pledgers)
    {
        if (redis is null || server is null || pledgers == 0)
        {
            return null;
        }

        try
        {
            var database = redis.GetDatabase();
            var bytes = 0L;
            await foreach (var key in server.KeysAsync(pattern: "*{pledges}:ref:*", pageSize: 1000))
            {
                if (await database.HashGetAsync(key, "kind") == "peer"
                    && await database.ExecuteAsync("MEMORY", "USAGE", key, "SAMPLES", "0") is { IsNull: false } usage)
                {
                    bytes += (long)usage;
                }
            }

            return (double)bytes / pledgers;
        }
        catch (RedisException)
        {
            return null;
        }
    }
}
