namespace PledgeBot.Conversations.NativeChannels.Messenger.Wire;

/// <summary>A quick reply; a tap comes back as a message whose <c>quick_reply.payload</c> is <see cref="Payload"/>.</summary>
public sealed record MessengerQuickReply(string ContentType, string Title, string Payload);
