using PledgeBot.Dialogs.Activities;

namespace PledgeBot.Conversations.NativeChannels.Zalo;

/// <summary>One Zalo message to send: an image, or text with its buttons.</summary>
internal sealed record ZaloPart(string? Text, string? ImageUrl, IReadOnlyList<CardAction> Buttons);
