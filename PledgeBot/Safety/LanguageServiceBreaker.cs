using Microsoft.Extensions.Options;

namespace PledgeBot.Safety;

/// <summary>Keeps a failing remote service (Azure AI Language, or Content Safety: one breaker each, with the same
/// Safety:Azure settings) from costing every message its time budget: after a run of failures, or a 429 with
/// Retry-After, calls stop for a while and the local analyzer answers. Counts every fallback.</summary>
public sealed class LanguageServiceBreaker(TimeProvider clock, IOptions<AzureLanguageOptions> options)
{
    private readonly Lock _lock = new();
    private int _failures;
    private DateTimeOffset _closedAt = DateTimeOffset.MinValue;
    private long _fallbacks;

    /// <summary>Messages analysed locally because the service failed or the breaker was open.</summary>
    public long Fallbacks => Interlocked.Read(ref _fallbacks);

    public bool IsOpen
    {
        get
        {
            lock (_lock)
            {
                return clock.GetUtcNow() < _closedAt;
            }
        }
    }

    public void Succeeded()
    {
        lock (_lock)
        {
            _failures = 0;
        }
    }

    public void Failed(TimeSpan? retryAfter)
    {
        lock (_lock)
        {
            _failures++;
            var now = clock.GetUtcNow();
            if (retryAfter is { } wait && wait > TimeSpan.Zero)
            {
                _closedAt = Max(_closedAt, now + wait);
            }

            if (_failures >= options.Value.BreakAfterFailures)
            {
                _closedAt = Max(_closedAt, now + options.Value.BreakDuration);
                _failures = 0;
            }
        }
    }

    public void CountFallback() => Interlocked.Increment(ref _fallbacks);

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
