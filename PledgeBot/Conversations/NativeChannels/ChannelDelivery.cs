using PledgeBot.Conversations;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;

namespace PledgeBot.Conversations.NativeChannels;

/// <summary>Hands a turn's replies to a native platform's adapter one by one, in order; suggested actions over the
/// platform's limit are cut here ("More…" keeps the rest), the same way for every platform.</summary>
public sealed class ChannelDelivery(
    IChannelAdapter adapter,
    OverflowMemory overflow,
    ChannelMetrics metrics,
    IContentSource content,
    ILogger<ChannelDelivery> logger) : IReplyDelivery
{
    public void TurnFailed(Activity inbound, string exceptionType) => logger.TurnFailed(adapter.ChannelId, exceptionType);

    public Task DeliverAsync(Activity inbound, IReadOnlyList<Activity> replies, CancellationToken cancellationToken) =>
        SendAsync(replies, cancellationToken);

    /// <summary>Sends <paramref name="replies"/> in order; stops at the first it cannot deliver and holds back the rest.
    /// True when all were sent.</summary>
    public async Task<bool> SendAsync(IReadOnlyList<Activity> replies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(replies);
        var channel = adapter.ChannelId;
        for (var sent = 0; sent < replies.Count; sent++)
        {
            try
            {
                await adapter.SendAsync(await FitAsync(replies[sent], cancellationToken), cancellationToken);
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

                return false;
            }
        }

        metrics.Replies(channel, "sent", "ok", replies.Count);
        return true;
    }

    private async Task<Activity> FitAsync(Activity reply, CancellationToken cancellationToken)
    {
        if (reply.SuggestedActions is not { Actions.Count: > 0 } suggested)
        {
            return reply;
        }

        var fit = ActionOverflow.Fit(content.Current, suggested.Actions, adapter.SuggestedActionLimit, reply.Locale);
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
