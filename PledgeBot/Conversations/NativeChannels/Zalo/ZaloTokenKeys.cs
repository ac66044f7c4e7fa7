using StackExchange.Redis;

namespace PledgeBot.Conversations.NativeChannels.Zalo;

// The Zalo token's keys, under the store's prefix (Store:KeyPrefix). Both carry {zalo}, so they share a cluster slot.
public sealed class ZaloTokenKeys(string prefix, string oaId)
{
    /// <summary>A hash, always written in one command: <c>at</c> the access token, <c>rt</c> the (single-use) refresh
    /// token, <c>exp</c> the access token's expiry (Unix ms), <c>lost</c> the marker of a refresh token Zalo refused.</summary>
    public RedisKey Pair => $"{prefix}{{zalo}}:token:{oaId}";

    /// <summary>A string held by the one instance refreshing (SET NX PX), holding its random lock token.</summary>
    public RedisKey RefreshLock => $"{prefix}{{zalo}}:token-lock:{oaId}";
}
