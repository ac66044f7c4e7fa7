using PledgeBot.Dialogs.Activities;

namespace PledgeBot.Conversations.NativeChannels.Messenger;

/// <summary>What one webhook delivery carried: the activities to run, in order, and the kinds of the events the bot
/// does not handle (echoes, receipts, unknown), which are only counted.</summary>
public sealed record MessengerDelivery(IReadOnlyList<Activity> Activities, IReadOnlyList<string> Ignored);
