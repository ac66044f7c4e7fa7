using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace PledgeBot.Conversations.NativeChannels.Zalo;

/// <summary>On <c>/readyz</c>: the failure status (see <see cref="ZaloChannelExtensions"/>) once Zalo has refused the
/// OA's refresh token and no new one is configured, i.e. the OA must be re-authorised by hand. A store outage is the
/// store check's to report, not this one's.</summary>
public sealed class ZaloTokenHealthCheck(IOptions<ZaloOptions> options, ZaloTokenStore store) : IHealthCheck
{
    public const string Name = "zalo";

    private const string Lost =
        "Zalo refused the OA's refresh token: re-authorise the OA and set Channels:Zalo:RefreshToken. Zalo replies stop when the access token expires.";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var zalo = options.Value;
        if (!zalo.IsConfigured)
        {
            return HealthCheckResult.Healthy("The Zalo channel is off.");
        }

        ZaloStoredToken stored;
        try
        {
            stored = await store.ReadAsync(cancellationToken);
        }
        catch (RedisException)
        {
            return HealthCheckResult.Healthy("The Zalo token could not be read; the store check reports the store.");
        }
        catch (TimeoutException)
        {
            return HealthCheckResult.Healthy("The Zalo token could not be read; the store check reports the store.");
        }

        var lost = stored.RefreshToken is null && stored.LostMarker is not null
            && ZaloAccessTokens.UnspentConfiguredToken(stored, zalo) is null;
        return lost ? new HealthCheckResult(context.Registration.FailureStatus, Lost) : HealthCheckResult.Healthy("The Zalo token is renewable.");
    }
}
