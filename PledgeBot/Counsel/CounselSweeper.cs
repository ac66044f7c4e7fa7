using Microsoft.Extensions.Options;
using PledgeBot.Dialogs.Flows.TalkToSomeone.Counsel;
using StackExchange.Redis;

namespace PledgeBot.Counsel;

/// <summary>Notices, without the young person typing, that nobody claimed their chat within Counsel:MaxWait, and offers
/// 111, keeping waiting, or the bot. Every instance runs it; a short lock in the store lets one sweep at a time, and
/// taking a chat off the due list (ZREM) hands it to exactly one sweeper even if the lock lapses.</summary>
public sealed class CounselSweeper(
    IConnectionMultiplexer store, CounselRedisKeys keys, CounselChats chats, CounselConsole console,
    IOptions<CounselOptions> options, TimeProvider time, ILogger<CounselSweeper> logger) : BackgroundService
{
    private const int Batch = 100;

    private readonly string _instance = Guid.NewGuid().ToString("N");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.SweepInterval;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(interval, time, stoppingToken);
                await SweepAsync(interval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException or OperationCanceledException)
            {
                logger.SweepFailed(exception.GetType().Name);
            }
        }
    }

    private async Task SweepAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        var database = store.GetDatabase();
        if (!await database.StringSetAsync(keys.SweepLock(), _instance, interval * 4, When.NotExists).WaitAsync(cancellationToken))
        {
            return;
        }

        try
        {
            foreach (var id in await chats.TakeDueAsync(Batch, cancellationToken))
            {
                if (await console.OfferFallbackAsync(id, cancellationToken))
                {
                    logger.WaitRanOut(id);
                }
            }
        }
        finally
        {
            // Only our own lock: one that lapsed and was taken by another instance stays theirs.
            if ((string?)await database.StringGetAsync(keys.SweepLock()) == _instance)
            {
                await database.KeyDeleteAsync(keys.SweepLock());
            }
        }
    }
}
