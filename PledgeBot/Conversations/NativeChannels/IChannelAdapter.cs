using PledgeBot.Dialogs.Activities;

namespace PledgeBot.Conversations.NativeChannels;

/// <summary>One native platform (docs/channels/*.md): turns a reply activity into that platform's send calls, in order. The
/// webhook side (verification, parsing into activities) is the platform's <see cref="IChannelWebhook{TUpdate}"/>, run by
/// <see cref="ChannelWebhookEndpoint"/>, which hands the activities to <see cref="ChannelTurns"/>, which runs the same
/// turn pipeline as <c>/api/messages</c>.</summary>
public interface IChannelAdapter
{
    /// <summary>The activities' <c>channelId</c>: <c>zalo</c>, <c>telegram</c> or <c>facebook</c>.</summary>
    string ChannelId { get; }

    /// <summary>How many suggested actions one message can carry; <see cref="ChannelTurns"/> cuts longer lists with
    /// <see cref="ActionOverflow"/> before <see cref="SendAsync"/> sees them.</summary>
    int SuggestedActionLimit { get; }

    /// <summary>Sends one reply (its <c>conversation</c> and <c>recipient</c> say where), retrying what the platform
    /// calls transient. Throws <see cref="ChannelSendException"/> when the reply cannot be delivered.</summary>
    Task SendAsync(Activity reply, CancellationToken cancellationToken);
}
