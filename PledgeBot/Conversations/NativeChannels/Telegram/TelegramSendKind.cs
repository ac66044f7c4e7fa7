namespace PledgeBot.Conversations.NativeChannels.Telegram;

/// <summary>The Bot API method one planned call uses: sendMessage, sendPhoto or sendChatAction(typing).</summary>
public enum TelegramSendKind
{
    Message,
    Photo,
    Typing,
}
