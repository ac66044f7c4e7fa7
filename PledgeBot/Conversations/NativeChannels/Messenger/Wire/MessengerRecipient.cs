namespace PledgeBot.Conversations.NativeChannels.Messenger.Wire;

/// <summary>The person a message goes to, by page-scoped id (PSID).</summary>
public sealed record MessengerRecipient(string Id);
