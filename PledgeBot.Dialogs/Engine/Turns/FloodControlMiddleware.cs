using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine;

namespace PledgeBot.Dialogs.Engine.Turns;

/// <summary>A token bucket per user, checked before the store or any paid service is touched, so one client cannot
/// exhaust them. Over budget the user is told once per window to slow down, and the rest is dropped — except a call
/// for help, which always gets the help text.</summary>
public sealed class FloodControlMiddleware : ITurnMiddleware, IDisposable
{
    private readonly PartitionedRateLimiter<string>? _messages;
    private readonly PartitionedRateLimiter<string>? _notices;
    private readonly ILogger<FloodControlMiddleware> _logger;
    private readonly IHelpOffer _help;

    public FloodControlMiddleware(IOptions<FloodControlOptions> options, IHelpOffer help, ILogger<FloodControlMiddleware> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _logger = logger;
        _help = help;
        var settings = options.Value;
        if (settings.MessagesPerWindow == 0)
        {
            return;
        }

        var window = settings.Window;
        _messages = Buckets(settings.MessagesPerWindow, window);
        _notices = Buckets(1, window);
    }

    public async Task OnTurnAsync(TurnContext context, TurnHandler next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (_messages is null || _notices is null || !Counts(context.Activity))
        {
            await next(context, cancellationToken);
            return;
        }

        var user = $"{context.ChannelId}\n{context.Activity.From?.Id}";
        using var lease = _messages.AttemptAcquire(user);
        if (lease.IsAcquired)
        {
            await next(context, cancellationToken);
            return;
        }

        _logger.FloodHeld(context.ChannelId);
        if (context.Command == GlobalCommand.Talk)
        {
            _help.Send(context);
            return;
        }

        using var notice = _notices.AttemptAcquire(user);
        if (notice.IsAcquired)
        {
            context.Say(Text.Turns.SlowDown);
        }
    }

    public void Dispose()
    {
        _messages?.Dispose();
        _notices?.Dispose();
    }

    private static bool Counts(Activity activity) =>
        activity.IsType(ActivityTypes.Message) || activity.IsType(ActivityTypes.Event) || activity.IsType(ActivityTypes.Invoke);

    private static PartitionedRateLimiter<string> Buckets(int tokens, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(user => RateLimitPartition.GetTokenBucketLimiter(user, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = tokens,
            TokensPerPeriod = tokens,
            ReplenishmentPeriod = window,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
}
