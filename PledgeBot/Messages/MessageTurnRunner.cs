using PledgeBot.Connector;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Engine.Turns;
using PledgeBot.Observability;

namespace PledgeBot.Messages;

/// <summary>Runs one activity through the turn pipeline, and posts a turn's replies to the Connector in order.</summary>
internal sealed class MessageTurnRunner(
    TurnPipeline pipeline,
    ConnectorClient connector,
    TimeProvider clock,
    ILogger<MessageTurnRunner> logger)
{
    public async Task<TurnResult> RunAsync(Activity activity, CancellationToken cancellationToken)
    {
        using var span = TurnSpan.Start(activity);
        return await RunAsync(activity, span, cancellationToken);
    }

    /// <summary>Runs the turn inside <paramref name="span"/>, which the caller ends (after delivering the replies).</summary>
    public async Task<TurnResult> RunAsync(Activity activity, TurnSpan span, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(span);
        var channel = activity.ChannelId ?? "none";
        var type = activity.Type ?? "none";
        var started = clock.GetTimestamp();
        var turn = await pipeline.RunAsync(activity, cancellationToken);
        span.Complete(turn);
        if (turn.Duplicate)
        {
            logger.DuplicateIgnored(channel, type);
        }

        logger.TurnHandled(channel, type, (long)clock.GetElapsedTime(started).TotalMilliseconds, turn.Replies.Count);
        return turn;
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
