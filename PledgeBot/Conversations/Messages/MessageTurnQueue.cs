using PledgeBot.Conversations;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Conversations.NativeChannels;
using PledgeBot.Observability;

namespace PledgeBot.Conversations.Messages;

/// <summary>Lets <c>/api/messages</c> answer a channel at once: drops redeliveries seen lately, then runs the turn and
/// posts its replies from the queue the native channels use (one conversation's turns in arrival order, a bounded
/// number held, drained on shutdown), so a slow Connector never holds the channel's request past the ~15 s it
/// waits before delivering the activity again.</summary>
internal sealed class MessageTurnQueue(
    TurnRunner turns,
    ConnectorDelivery delivery,
    ConversationQueue queue,
    RecentDeliveries recent,
    IHostApplicationLifetime lifetime,
    ILogger<MessageTurnQueue> logger)
{
    // Bot Framework channel ids (telegram, facebook) must not meet the native channels' ids and conversations.
    private const string Prefix = "messages:";

    /// <summary>Queues <paramref name="activity"/>'s turn behind its conversation's earlier ones; answers at once.</summary>
    public ChannelAcceptance Accept(Activity activity)
    {
        var channel = activity.ChannelId ?? "none";
        var deliveries = Prefix + channel;
        if (activity.Id is { } id && !recent.FirstTime(deliveries, id))
        {
            logger.DuplicateIgnored(channel, activity.Type ?? "none");
            return ChannelAcceptance.Duplicate;
        }

        var parent = TurnSpan.CurrentContext();
        if (!queue.TryEnqueue(LaneOf(activity), token => turns.RunAndDeliverAsync(activity, parent, delivery, token)))
        {
            // Refused, not seen: the channel's redelivery of it must be taken, not dropped as a duplicate.
            if (activity.Id is { } refused)
            {
                recent.Forget(deliveries, refused);
            }

            logger.QueueFull(channel, queue.Pending);
            HostMetrics.QueueRefused(channel);
            return ChannelAcceptance.Busy;
        }

        return ChannelAcceptance.Queued;
    }

    /// <summary>Posts the replies of a turn that already ran (an invoke, answered in its response) behind the
    /// conversation's earlier replies. With the queue full they go out before the request is answered, as they did
    /// before the queue: the turn is saved, so a 503 would only make its redelivery a skipped duplicate.</summary>
    public Task SendLaterAsync(Activity activity, IReadOnlyList<Activity> replies)
    {
        var channel = activity.ChannelId ?? "none";
        if (replies.Count == 0 || queue.TryEnqueue(LaneOf(activity), token => delivery.DeliverAsync(channel, replies, token)))
        {
            return Task.CompletedTask;
        }

        logger.RepliesSentInline(channel, replies.Count, queue.Pending);
        return delivery.DeliverAsync(channel, replies, lifetime.ApplicationStopping);
    }

    private static string LaneOf(Activity activity) =>
        string.Concat(Prefix, activity.ChannelId, ":", activity.Conversation?.Id);
}
