using System.Threading.RateLimiting;

namespace PledgeBot.Conversations.NativeChannels;

/// <summary>One platform account's outbound pace (docs/channels/*.md): a token bucket per chat, when the platform asks for
/// one, chained with one for the whole bot, OA or Page. A burst waits in line instead of failing. The buckets are made
/// at the first message, so a channel that is off runs no limiter timers.</summary>
public sealed class ChannelRateLimiter : IAsyncDisposable
{
    private const int QueueLimit = 100_000;

    private readonly Lazy<PartitionedRateLimiter<string>> _limiter;

    public ChannelRateLimiter(double perChatPerSecond, double overallPerSecond)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(perChatPerSecond);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(overallPerSecond);
        _limiter = new Lazy<PartitionedRateLimiter<string>>(() => Create(perChatPerSecond, overallPerSecond));
    }

    /// <summary>Waits until one more message to <paramref name="chat"/> is within the limits.</summary>
    public async ValueTask WaitAsync(string chat, CancellationToken cancellationToken)
    {
        using var lease = await _limiter.Value.AcquireAsync(chat, 1, cancellationToken);
        if (!lease.IsAcquired)
        {
            throw new ChannelSendException("limiter", "outbound-queue-full", permanent: false);
        }
    }

    public ValueTask DisposeAsync() => _limiter.IsValueCreated ? _limiter.Value.DisposeAsync() : ValueTask.CompletedTask;

    private static PartitionedRateLimiter<string> Create(double perChatPerSecond, double overallPerSecond)
    {
        var overall = PartitionedRateLimiter.Create<string, string>(
            _ => RateLimitPartition.GetTokenBucketLimiter(string.Empty, _ => Bucket(overallPerSecond)));
        return perChatPerSecond == 0
            ? overall
            : PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<string, string>(chat => RateLimitPartition.GetTokenBucketLimiter(chat, _ => Bucket(perChatPerSecond))),
                overall);
    }

    // A rate below one per second (e.g. 0.5) becomes one token per 2 s; a whole rate refills every second.
    private static TokenBucketRateLimiterOptions Bucket(double perSecond)
    {
        var tokens = Math.Max(1, (int)Math.Floor(perSecond));
        return new TokenBucketRateLimiterOptions
        {
            TokenLimit = tokens,
            TokensPerPeriod = tokens,
            ReplenishmentPeriod = TimeSpan.FromSeconds(tokens / perSecond),
            QueueLimit = QueueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        };
    }
}
