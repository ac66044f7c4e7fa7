using PledgeBot.Conversations.Connector;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Conversations.DirectLine;
using PledgeBot.Conversations.NativeChannels;
using PledgeBot.Observability;

namespace PledgeBot.Conversations;

/// <summary>The channel's normal send path for a message outside the user's turn. A conversation this host's Direct
/// Line holds gets the messages in its activity log (the page's stream or poll picks them up on any instance); a
/// native platform's gets them through its adapter, cut to its limits as turn replies are; any other conversation with
/// a <c>serviceUrl</c> is a Bot Framework channel's, and gets them through the Connector — which sends only to a
/// serviceUrl some instance has seen with a validated token.</summary>
public sealed class ProactiveSender(
    DirectLineActivityLog directLine,
    ConnectorClient connector,
    ChannelTurns channelTurns,
    IEnumerable<IChannelAdapter> adapters,
    TimeProvider clock,
    ILogger<ProactiveSender> logger) : IProactiveSender
{
    private readonly Dictionary<string, IChannelAdapter> _adapters =
        adapters.ToDictionary(adapter => adapter.ChannelId, StringComparer.OrdinalIgnoreCase);

    public async Task<ProactiveOutcome> SendAsync(
        ConversationReference reference, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(activities);
        var channel = reference.ChannelId;
        var conversation = reference.Conversation?.Id;
        if (string.IsNullOrEmpty(channel) || string.IsNullOrEmpty(conversation))
        {
            logger.ProactiveUnreachable(channel ?? "none", "incomplete");
            return ProactiveOutcome.Unreachable;
        }

        if (activities.Count == 0)
        {
            return ProactiveOutcome.Delivered;
        }

        var addressed = activities.Select(activity => Address(activity, reference)).ToArray();
        var outcome = await RouteAsync(channel, conversation, reference, addressed, cancellationToken);
        HostMetrics.Sent("proactive", channel, outcome.ToString().ToLowerInvariant(), addressed.Length);
        return outcome;
    }

    private async Task<ProactiveOutcome> RouteAsync(
        string channel, string conversation, ConversationReference reference, Activity[] activities, CancellationToken cancellationToken)
    {
        if (_adapters.TryGetValue(channel, out var adapter))
        {
            return await channelTurns.DeliverAsync(adapter, activities, cancellationToken)
                ? ProactiveOutcome.Delivered
                : ProactiveOutcome.Failed;
        }

        if (IsDirectLine(channel) && await directLine.ExistsAsync(conversation, cancellationToken))
        {
            await directLine.AppendAsync(conversation, activities, cancellationToken);
            logger.ProactiveDelivered(channel, activities.Length);
            return ProactiveOutcome.Delivered;
        }

        if (string.IsNullOrEmpty(reference.ServiceUrl) || !Uri.TryCreate(reference.ServiceUrl, UriKind.Absolute, out _))
        {
            logger.ProactiveUnreachable(channel, "no-service-url");
            return ProactiveOutcome.Unreachable;
        }

        for (var sent = 0; sent < activities.Length; sent++)
        {
            try
            {
                await connector.SendAsync(activities[sent], cancellationToken);
            }
            catch (ConnectorException exception)
            {
                logger.ProactiveFailed(exception, channel, activities.Length - sent, exception.StatusCode);
                return ProactiveOutcome.Failed;
            }
        }

        logger.ProactiveDelivered(channel, activities.Length);
        return ProactiveOutcome.Delivered;
    }

    private static bool IsDirectLine(string channel) =>
        string.Equals(channel, Channels.DirectLine, StringComparison.OrdinalIgnoreCase)
        || string.Equals(channel, Channels.WebChat, StringComparison.OrdinalIgnoreCase);

    // What a channel owns or a reply would carry: addressed from the reference, a new message of the conversation (no
    // replyToId, no id: the channel assigns ids), stamped now.
    private Activity Address(Activity activity, ConversationReference reference) => activity with
    {
        Type = activity.Type ?? ActivityTypes.Message,
        Id = null,
        ReplyToId = null,
        Timestamp = clock.GetUtcNow(),
        ChannelId = reference.ChannelId,
        ServiceUrl = reference.ServiceUrl,
        Conversation = reference.Conversation,
        From = (reference.Bot ?? DirectLineConversations.Bot) with { Role = "bot" },
        Recipient = reference.User,
        Locale = activity.Locale ?? reference.Locale,
    };
}
