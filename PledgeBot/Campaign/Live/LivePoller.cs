using Microsoft.Extensions.Options;
using PledgeBot.Campaign.Stats;

namespace PledgeBot.Campaign.Live;

/// <summary>The one reader of the totals for all live streams of this instance: while anyone watches, it reads the
/// public totals every <see cref="LiveOptions.PollInterval"/> and hands a changed frame to every stream, so a
/// thousand screens cost the store what one does.</summary>
internal sealed class LivePoller(
    PublicStats stats, LiveBroadcast broadcast, IOptions<LiveOptions> options, TimeProvider time, ILogger<LivePoller> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.PollInterval;
        using var timer = new PeriodicTimer(interval, time);
        LiveEvent? last = null;
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                if (broadcast.Count == 0)
                {
                    last = null;
                    continue;
                }

                try
                {
                    last = await PollAsync(last, stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // The loop is this service's request boundary: a failed read must not stop the host or the screens.
                    logger.LivePollFailed(exception);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    private async Task<LiveEvent?> PollAsync(LiveEvent? last, CancellationToken cancellationToken)
    {
        if (await stats.ReadAsync(TimeSpan.Zero, cancellationToken) is not { } totals)
        {
            return last;
        }

        var current = LiveFrame.Totals(LiveFrame.From(totals));
        if (last is { } previous && previous.Frame.Span.SequenceEqual(current.Frame.Span))
        {
            return last;
        }

        broadcast.Publish(current);
        logger.LiveTotalsPublished(current.Pledges, broadcast.Count);
        return current;
    }
}
