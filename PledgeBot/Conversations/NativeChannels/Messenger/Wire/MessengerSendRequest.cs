using System.Text.Json;

namespace PledgeBot.Conversations.NativeChannels.Messenger.Wire;

/// <summary>The Send API body: who, why (<c>RESPONSE</c>: a reply inside the 24-hour window) and the message.</summary>
public sealed record MessengerSendRequest(MessengerRecipient Recipient, string MessagingType, JsonElement Message);
