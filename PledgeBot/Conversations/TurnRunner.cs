using System.Diagnostics;
using PledgeBot.Dialogs.Engine.Turns;
using PledgeBot.Observability;
using BotActivity = PledgeBot.Dialogs.Activities.Activity;

namespace PledgeBot.Conversations;

/// <summary>The one place a turn runs, whichever way the activity came in (<c>/api/messages</c>, Direct Line, a native
/// channel's webhook): through the turn pipeline, inside its trace span, timed and logged, its replies handed to the
/// channel's <see cref="IReplyDelivery"/>.</summary>
public sealed class TurnRunner(TurnPipeline pipeline, TimeProvider clock, ILogger<TurnRunner> logger)
{
    /// <summary>Runs the turn in a span of its own; the replies are the caller's (an expectReplies body, an invoke).</summary>
    public async Task<TurnResult> RunAsync(BotActivity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        using var span = TurnSpan.Start(activity);
        return await RunAsync(activity, span, cancellationToken);
    }

    /// <summary>Runs the turn inside <paramref name="span"/>, which the caller ends; the replies are the caller's.</summary>
    public async Task<TurnResult> RunAsync(BotActivity activity, TurnSpan span, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(span);
        var started = clock.GetTimestamp();
        var turn = await pipeline.RunAsync(activity, cancellationToken);
        span.Complete(turn);
        if (turn.Duplicate)
        {
            logger.DuplicateIgnored(ConversationsLog.ChannelOf(activity), ConversationsLog.TypeOf(activity));
        }

        logger.TurnHandled(ConversationsLog.ChannelOf(activity), ConversationsLog.TypeOf(activity),
            (long)clock.GetElapsedTime(started).TotalMilliseconds, turn.Replies.Count);
        return turn;
    }

    /// <summary>Runs a queued turn under <paramref name="parent"/> (the webhook request's trace) and delivers its
    /// replies. What escaped the error middleware (the store down) goes to the delivery by its type only (an exception's
    /// message can quote what the user wrote); the channel has had its answer already, so nothing is rethrown.</summary>
    public async Task RunAndDeliverAsync(
        BotActivity activity, ActivityContext parent, IReplyDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(delivery);
        using var span = TurnSpan.Start(activity, parent);
        TurnResult turn;
        try
        {
            turn = await RunAsync(activity, span, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            delivery.TurnFailed(activity, exception.GetType().Name);
            return;
        }

        await delivery.DeliverAsync(activity, turn.Replies, cancellationToken);
    }
}
