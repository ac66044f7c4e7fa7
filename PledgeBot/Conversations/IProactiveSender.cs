using PledgeBot.Dialogs.Activities;

namespace PledgeBot.Conversations;

/// <summary>Sends messages to a user outside a turn of theirs (a class question, a counsellor's reply) through their
/// channel's normal send path: the Connector for Bot Framework channels (the reference carries a <c>serviceUrl</c>),
/// this host's Direct Line activity log for its own Web Chat, and the native senders (Zalo, Telegram, Messenger).</summary>
public interface IProactiveSender
{
    /// <summary>Sends <paramref name="activities"/> in order to the conversation <paramref name="reference"/> names
    /// (its <c>channelId</c>, <c>conversation</c>, <c>user</c>, <c>bot</c> and, for Bot Framework channels,
    /// <c>serviceUrl</c>). Each activity needs only its content (type, text, suggested actions, locale); addressing,
    /// ids and timestamps are filled here. Stops at the first refusal, so the user never sees messages out of order.
    /// Never throws for a delivery failure: the outcome says what happened.</summary>
    Task<ProactiveOutcome> SendAsync(ConversationReference reference, IReadOnlyList<Activity> activities, CancellationToken cancellationToken);
}
