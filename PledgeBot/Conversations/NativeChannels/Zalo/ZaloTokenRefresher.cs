using Microsoft.Extensions.Options;

namespace PledgeBot.Conversations.NativeChannels.Zalo;

/// <summary>Refreshes the OA access token about an hour before it expires, so a user's reply never waits for it. Does
/// nothing when the channel is off, or until the first send has stored a pair.</summary>
public sealed class ZaloTokenRefresher(
    ZaloAccessTokens tokens,
    IOptions<ZaloOptions> options,
    TimeProvider clock,
    ILogger<ZaloTokenRefresher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var zalo = options.Value;
        if (!zalo.IsConfigured)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(zalo.RefreshCheckInterval, clock, stoppingToken);
                await tokens.RefreshIfDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // Logged and tried again at the next check; a send refreshes lazily meanwhile.
                logger.BackgroundRefreshFailed(exception.GetType().Name);
            }
        }
    }
}
