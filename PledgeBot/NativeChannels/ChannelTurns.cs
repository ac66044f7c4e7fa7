using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Engine.Turns;
using PledgeBot.Observability;

namespace PledgeBot.NativeChannels;

/// <summary>The common half of every native adapter: takes the activities a verified webhook carried, drops
/// redeliveries, queues each behind its conversation's earlier turns, runs it through the same turn pipeline as
/// <c>/api/messages</c> (state, dedupe, middleware, dialogs) and hands the replies to the adapter one by one, in order.
/// Suggested actions over the platform's limit are cut here, the same way for every platform.</summary>
public sealed class ChannelTurns(
    TurnPipeline pipeline,
    ConversationQueue queue,
    RecentDeliveries recent,
    OverflowMemory overflow,
    ChannelMetrics metrics,
    TimeProvider clock,
    ILogger<ChannelTurns> logger)
{
    /// <summary>Queues <paramref name="activity"/> (which must carry <c>id</c>, <c>channelId</c> and
    /// <c>conversation.id</c>) for a turn; answers at once.</summary>
    public ChannelAcceptance Accept(IChannelAdapter adapter, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        ArgumentNullException.ThrowIfNull(activity);
        var channel = adapter.ChannelId;
        var conversation = activity.Conversation?.Id
            ?? throw new ArgumentException("A channel activity needs conversation.id.", nameof(activity));
        if (activity.Id is { } id && !recent.FirstTime(channel, id))
        {
            logger.RedeliveryDropped(channel);
            metrics.Webhook(channel, "duplicate");
            return ChannelAcceptance.Duplicate;
        }

        var parent = TurnSpan.CurrentContext();
        if (!queue.TryEnqueue(QueueKey(channel, conversation), token => RunAsync(adapter, activity, conversation, parent, token)))
        {
            // Refused, not seen: the platform's redelivery of it must be taken, not dropped as a duplicate.
            if (activity.Id is { } refused)
            {
                recent.Forget(channel, refused);
            }

            logger.QueueFull(channel, queue.Pending);
            metrics.Webhook(channel, "busy");
            HostMetrics.QueueRefused(channel);
            return ChannelAcceptance.Busy;
        }

        metrics.Webhook(channel, "queued");
        return ChannelAcceptance.Queued;
    }

    private static string QueueKey(string channel, string conversation) => string.Concat(channel, ":", conversation);

    // "More…" is answered from the store without a turn: the dialog is still waiting on the same question. Taken in the
    // queue, after the conversation's earlier turns, so the list is the one their last reply held back.
    private async Task RunAsync(
        IChannelAdapter adapter, Activity activity, string conversation, System.Diagnostics.ActivityContext parent, CancellationToken cancellationToken)
    {
        if (activity.IsType(ActivityTypes.Message) && ActionOverflow.IsMore(activity.Text)
            && await overflow.TakeAsync(adapter.ChannelId, conversation, cancellationToken) is { } rest)
        {
            await SendRestAsync(adapter, activity, rest, cancellationToken);
            return;
        }

        await RunTurnAsync(adapter, activity, parent, cancellationToken);
    }

    private async Task RunTurnAsync(
        IChannelAdapter adapter, Activity activity, System.Diagnostics.ActivityContext parent, CancellationToken cancellationToken)
    {
        using var span = TurnSpan.Start(activity, parent);
        var started = clock.GetTimestamp();
        TurnResult turn;
        try
        {
            turn = await pipeline.RunAsync(activity, cancellationToken);
            span.Complete(turn);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The error middleware answers most failures with an apology; this is what escaped it (the store down).
            logger.TurnFailed(adapter.ChannelId, exception.GetType().Name);
            return;
        }

        logger.TurnHandled(adapter.ChannelId, activity.Type ?? "none", (long)clock.GetElapsedTime(started).TotalMilliseconds, turn.Replies.Count);
        await DeliverAsync(adapter, turn.Replies, cancellationToken);
    }

    private Task SendRestAsync(IChannelAdapter adapter, Activity activity, OverflowRest rest, CancellationToken cancellationToken)
    {
        var reply = activity.CreateReply(clock.GetUtcNow(), rest.Locale ?? "vi-VN") with
        {
            Type = ActivityTypes.Message,
            Text = ActionOverflow.RestText(rest.Locale),
            SuggestedActions = new SuggestedActions { Actions = rest.Actions },
        };
        return DeliverAsync(adapter, [reply], cancellationToken);
    }

    private async Task DeliverAsync(IChannelAdapter adapter, IReadOnlyList<Activity> replies, CancellationToken cancellationToken)
    {
        var channel = adapter.ChannelId;
        for (var sent = 0; sent < replies.Count; sent++)
        {
            try
            {
                await adapter.SendAsync(await FitAsync(adapter, replies[sent], cancellationToken), cancellationToken);
            }
            catch (ChannelSendException exception)
            {
                // The rest is held back so the user never sees replies out of order or a question without its lead-in.
                logger.RepliesUndelivered(channel, replies.Count - sent, replies.Count, exception.Reason, exception.Permanent);
                metrics.Replies(channel, "failed", exception.Reason, 1);
                if (replies.Count - sent > 1)
                {
                    metrics.Replies(channel, "held", exception.Reason, replies.Count - sent - 1);
                }

                return;
            }
        }

        metrics.Replies(channel, "sent", "ok", replies.Count);
    }

    private async Task<Activity> FitAsync(IChannelAdapter adapter, Activity reply, CancellationToken cancellationToken)
    {
        if (reply.SuggestedActions is not { Actions.Count: > 0 } suggested)
        {
            return reply;
        }

        var fit = ActionOverflow.Fit(suggested.Actions, adapter.SuggestedActionLimit, reply.Locale);
        if (!fit.Cut)
        {
            return reply;
        }

        await overflow.RememberAsync(adapter.ChannelId, reply.Conversation?.Id ?? string.Empty, fit.Rest, reply.Locale, cancellationToken);
        return reply with
        {
            Text = ActionOverflow.WithList(reply.Text, fit),
            SuggestedActions = suggested with { Actions = fit.Shown },
        };
    }
}
