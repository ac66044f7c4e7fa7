using PledgeBot.Connector;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Turns;

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
        var channel = activity.ChannelId ?? "none";
        var type = activity.Type ?? "none";
        var started = clock.GetTimestamp();
        var turn = await pipeline.RunAsync(activity, cancellationToken);
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
                return;
            }
        }

        logger.RepliesDelivered(channel, replies.Count, (long)clock.GetElapsedTime(started).TotalMilliseconds);
    }
}
