using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace PledgeBot.Store;

/// <summary>Ready when the store answers PING quickly; the reason never carries exception text.</summary>
public sealed class StoreHealthCheck(IConnectionMultiplexer multiplexer) : IHealthCheck
{
    private const string NoConnection = "The store has no usable connection.";

    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(2);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!multiplexer.IsConnected)
        {
            // A PING would wait in the reconnect backlog until it timed out; the answer is already known.
            return new HealthCheckResult(context.Registration.FailureStatus, NoConnection);
        }

        try
        {
            var latency = await multiplexer.GetDatabase().PingAsync().WaitAsync(s_timeout, cancellationToken);
            return HealthCheckResult.Healthy(
                string.Create(CultureInfo.InvariantCulture, $"PING answered in {latency.TotalMilliseconds:F0} ms."));
        }
        catch (TimeoutException)
        {
            return new HealthCheckResult(
                context.Registration.FailureStatus,
                string.Create(CultureInfo.InvariantCulture, $"The store did not answer PING within {s_timeout.TotalSeconds:F0} s."));
        }
        catch (RedisException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, NoConnection);
        }
    }
}
