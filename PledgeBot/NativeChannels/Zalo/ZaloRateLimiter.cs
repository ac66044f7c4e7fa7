using Microsoft.Extensions.Options;

namespace PledgeBot.NativeChannels.Zalo;

/// <summary>The OA's outbound pace (<see cref="ZaloOptions.MessagesPerSecond"/>, default 10/s): a burst queues.</summary>
public sealed class ZaloRateLimiter(IOptions<ZaloOptions> options) : IAsyncDisposable
{
    public ChannelRateLimiter Limiter { get; } = new(perChatPerSecond: 0, overallPerSecond: options.Value.MessagesPerSecond);

    public ValueTask DisposeAsync() => Limiter.DisposeAsync();
}
