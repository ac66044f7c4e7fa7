using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace PledgeBot.Staff;

/// <summary>Counts wrong staff keys per client address in fixed windows; an address over its budget is held (429)
/// until its window ends, whatever key it sends, so a key cannot be guessed at speed.</summary>
public sealed class StaffAttemptLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _failures;

    public StaffAttemptLimiter(IOptions<StaffOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        _failures = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(
            address,
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = settings.FailedAttemptsPerWindow,
                Window = settings.FailedAttemptsWindow,
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
    }

    public bool IsHeld(string address) => _failures.GetStatistics(address)?.CurrentAvailablePermits <= 0;

    /// <summary>Counts a wrong key; false when the address had no budget left.</summary>
    public bool Fail(string address)
    {
        using var lease = _failures.AttemptAcquire(address);
        return lease.IsAcquired;
    }

    public void Dispose() => _failures.Dispose();
}
