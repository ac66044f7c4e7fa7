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

    // The long-lived per-user records are the pledge markers; conversation state expires and is not counted.
    public static async Task<double?> BytesPerPledgerAsync(IConnectionMultiplexer? redis, IServer? server)
    {
        if (redis is null || server is null)
        {
            return null;
        }

        try
        {
            var keys = server.KeysAsync(pattern: "*pledger:*", pageSize: 500);
            var sizes = new List<long>();
            await foreach (var key in keys)
            {
                if (await redis.GetDatabase().ExecuteAsync("MEMORY", "USAGE", key) is { IsNull: false } usage)
                {
                    sizes.Add((long)usage);
                }

                if (sizes.Count >= 500)
                {
                    break;
                }
            }

            return sizes.Count == 0 ? null : sizes.Average();
        }
        catch (RedisException)
        {
            return null;
        }
    }
}
