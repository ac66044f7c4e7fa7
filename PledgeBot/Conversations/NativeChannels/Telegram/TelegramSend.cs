using Telegram.Bot.Types.ReplyMarkups;

namespace PledgeBot.Conversations.NativeChannels.Telegram;

/// <summary>One Bot API call a reply becomes: a message's text, or a photo's caption, with its keyboard if any.</summary>
public sealed record TelegramSend(TelegramSendKind Kind, string Text, string? PhotoUrl = null, ReplyMarkup? Markup = null);
