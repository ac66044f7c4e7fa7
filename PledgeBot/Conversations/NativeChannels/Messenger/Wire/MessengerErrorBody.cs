namespace PledgeBot.Conversations.NativeChannels.Messenger.Wire;

/// <summary>A Graph API error answer: <c>{"error":{…}}</c>.</summary>
public sealed record MessengerErrorBody(MessengerError? Error);
