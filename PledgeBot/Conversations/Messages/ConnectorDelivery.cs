using PledgeBot.Conversations.Connector;
using PledgeBot.Conversations;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Observability;

namespace PledgeBot.Conversations.Messages;

/// <summary>Posts a turn's replies to the channel's Connector, in order (the delivery of <c>/api/messages</c>).</summary>
internal sealed class ConnectorDelivery(
    ConnectorClient connector,
    TimeProvider clock,
    ILogger<ConnectorDelivery> logger) : IReplyDelivery
{
    public Task DeliverAsync(Activity inbound, IReadOnlyList<Activity> replies, CancellationToken cancellationToken) =>
        DeliverAsync(inbound?.ChannelId ?? "none", replies, cancellationToken);

    public void TurnFailed(Activity inbound, string exceptionType)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        logger.QueuedTurnFailed(inbound.ChannelId ?? "none", inbound.Type ?? "none", exceptionType);
    }

    /// <summary>Posts <paramref name="replies"/> one by one; stops at the first the Connector refuses after its retries.
    /// Only <paramref name="cancellationToken"/> (shutdown) stops them; the resilience pipeline bounds each one.</summary>
    public async Task DeliverAsync(string channel, IReadOnlyList<Activity> replies, CancellationToken cancellationToken)
    {
        if (replies.Count == 0)
        {
            return;
        }

        var started = clock.GetTimestamp();
        for (var sent = 0; sent < replies.Count; sent++)
        {
            try
            {
                await connector.SendAsync(replies[sent], cancellationToken);
            }
            catch (ConnectorException exception)
            {
                // The turn's state is saved and the activity marked processed, so a redelivery would be skipped: the
                // rest is held back so the user never sees replies out of order or a question without its lead-in.
                logger.RepliesUndelivered(exception, channel, replies.Count - sent, replies.Count, exception.StatusCode);
                HostMetrics.Sent("connector", channel, "sent", sent);
                HostMetrics.Sent("connector", channel, "failed", 1);
                HostMetrics.Sent("connector", channel, "held", replies.Count - sent - 1);
                return;
            }
        }

        HostMetrics.Sent("connector", channel, "sent", replies.Count);
        logger.RepliesDelivered(channel, replies.Count, (long)clock.GetElapsedTime(started).TotalMilliseconds);
    }
}
