using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;

namespace PledgeBot.Conversations.NativeChannels.Messenger;

/// <summary>Sends the bot's replies to Messenger (docs/channels/messenger.md): each reply becomes one or more Send
/// API messages, each waiting its turn under the Page's rate limit, so a burst queues instead of failing.</summary>
public sealed class MessengerAdapter(
    MessengerClient client,
    [FromKeyedServices(MessengerEvents.ChannelId)] ChannelRateLimiter limiter,
    IContentSource content,
    ILogger<MessengerAdapter> logger) : IChannelAdapter
{
    public string ChannelId => MessengerEvents.ChannelId;

    public int SuggestedActionLimit => MessengerLimits.QuickReplies;

    public async Task SendAsync(Activity reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (!reply.IsType(ActivityTypes.Message))
        {
            logger.ReplySkipped(reply.Type ?? "none");
            return;
        }

        var psid = reply.Recipient?.Id
            ?? throw new ChannelSendException(ChannelId, "no-recipient", permanent: true);
        var page = reply.From?.Id ?? string.Empty;
        foreach (var message in MessengerReplies.Build(reply, optionsListed: ActionOverflow.IsRestReply(content.Current, reply)))
        {
            await limiter.WaitAsync(page, cancellationToken);
            await client.SendAsync(psid, message, cancellationToken);
        }
    }
}
