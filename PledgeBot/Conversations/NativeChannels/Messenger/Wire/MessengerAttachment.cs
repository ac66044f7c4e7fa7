namespace PledgeBot.Conversations.NativeChannels.Messenger.Wire;

/// <summary>An attachment: <c>template</c> or <c>image</c>.</summary>
public sealed record MessengerAttachment(string Type, MessengerAttachmentPayload Payload);
