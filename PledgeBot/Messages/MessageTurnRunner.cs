using PledgeBot.Connector;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Turns;

namespace PledgeBot.Messages;

/// <summary>Runs one activity through the turn pipeline and, unless the channel wants the replies in the response
/// (expectReplies), posts them to the Connector in order.</summary>
internal sealed class MessageTurnRunner(
    TurnPipeline pipeline,
    ConnectorClient connector,
    TimeProvider clock,
    IHostApplicationLifetime lifetime,
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
        if (!activity.ExpectsReplies && turn.Replies.Count > 0)
        {
            await DeliverAsync(channel, turn.Replies);
        }

        return turn;
    }

    private async Task DeliverAsync(string channel, IReadOnlyList<Activity> replies)
    {
        // The turn's state is saved and the activity marked processed: the replies must go out now even if the channel
        // hangs up. Only shutdown stops them; the resilience pipeline bounds how long each one may take.
        var cancellationToken = lifetime.ApplicationStopping;
        var started = clock.GetTimestamp();
        for (var sent = 0; sent < replies.Count; sent++)
        {
            try
            {
                await connector.SendAsync(replies[sent], cancellationToken);
            }
            catch (ConnectorException exception)
            {
                // Still answer 200: the channel would redeliver on an error status, and the redelivery would be
                // skipped as a duplicate. The rest is held back so the user never sees replies out of order.
                logger.RepliesUndelivered(exception, channel, replies.Count - sent, replies.Count, exception.StatusCode);
                return;
            }
        }

        logger.RepliesDelivered(channel, replies.Count, (long)clock.GetElapsedTime(started).TotalMilliseconds);
    }
}
