using System.Security.Cryptography;
using System.Text;
using PledgeBot.Dialogs.Ports;
using StackExchange.Redis;

namespace PledgeBot.Store;

// Keys that one script touches together share a {hash tag}, so they stay in one cluster slot.
// The prefix comes from Store:KeyPrefix (default "pledgebot:").
public sealed class RedisKeys(string prefix)
{
    /// <summary>A hash: <c>v</c> the version, <c>d</c> the JSON.</summary>
    public RedisKey State(StateKey key) => $"{prefix}{{c:{key}}}:state";

    // Activity ids come from the channel with any length and alphabet; a short hash keeps the key bounded.
    public RedisKey Seen(StateKey key, string activityId)
    {
        ArgumentNullException.ThrowIfNull(activityId);
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(activityId), digest);
        return $"{prefix}{{c:{key}}}:seen:{Convert.ToHexStringLower(digest[..8])}";
    }
}
