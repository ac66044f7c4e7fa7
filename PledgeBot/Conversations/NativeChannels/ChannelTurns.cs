using PledgeBot.Conversations;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;
using PledgeBot.Observability;

namespace PledgeBot.Conversations.NativeChannels;

/// <summary>The common half of every native adapter: takes the activities a verified webhook carried, drops
/// redeliveries, queues each behind its conversation's earlier turns, runs it through the same turn pipeline as
/// <c>/api/messages</c> (state, dedupe, middleware, dialogs) and hands the replies to the adapter one by one, in order.
/// Suggested actions over the platform's limit are cut here, the same way for every platform.</summary>
public sealed class ChannelTurns(
    TurnRunner turns,
    ConversationQueue queue,
    RecentDeliveries recent,
    OverflowMemory overflow,
    ChannelMetrics metrics,
    TimeProvider clock,
    IContentSource content,
    ILogger<ChannelTurns> logger,
    ILogger<ChannelDelivery> deliveryLogger)
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
        if (activity.IsType(ActivityTypes.Message) && ActionOverflow.IsMore(content.Current, activity.Text)
            && await overflow.TakeAsync(adapter.ChannelId, conversation, cancellationToken) is { } rest)
        {
            await SendRestAsync(adapter, activity, rest, cancellationToken);
            return;
        }

        await turns.RunAndDeliverAsync(activity, parent, Delivery(adapter), cancellationToken);
    }

    private Task<bool> SendRestAsync(IChannelAdapter adapter, Activity activity, OverflowRest rest, CancellationToken cancellationToken)
    {
        var reply = activity.CreateReply(clock.GetUtcNow(), rest.Locale ?? "vi-VN") with
        {
            Type = ActivityTypes.Message,
            Text = ActionOverflow.RestText(content.Current, rest.Locale),
            SuggestedActions = new SuggestedActions { Actions = rest.Actions },
        };
        return Delivery(adapter).SendAsync([reply], cancellationToken);
    }

    /// <summary>Sends <paramref name="replies"/> in order through <paramref name="adapter"/>, cutting suggested actions
    /// to its limit as a turn's replies are; stops at the first it cannot deliver. True when all were sent.</summary>
    public Task<bool> DeliverAsync(IChannelAdapter adapter, IReadOnlyList<Activity> replies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        return Delivery(adapter).SendAsync(replies, cancellationToken);
    }

    private ChannelDelivery Delivery(IChannelAdapter adapter) => new(adapter, overflow, metrics, content, deliveryLogger);
}
