using System.Globalization;
using PledgeBot.Dialogs.Activities;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace PledgeBot.Conversations.NativeChannels.Telegram;

/// <summary>The Telegram half of a native turn: sends each reply as the Bot API calls <see cref="TelegramReplyPlan"/>
/// lists, each message paced by the bot's rate limiter (per chat and overall), and says why when one is refused.</summary>
internal sealed class TelegramAdapter(
    TelegramBotClients clients,
    TelegramReplyPlan plan,
    TelegramKeyboardTitles titles,
    [FromKeyedServices(TelegramAdapter.Channel)] ChannelRateLimiter limiter,
    ILogger<TelegramAdapter> logger) : IChannelAdapter
{
    public const string Channel = TelegramFailure.Channel;

    public string ChannelId => Channel;

    /// <summary>Reply keyboards have no small hard limit; twelve (six rows of two) still fit a phone screen.</summary>
    public int SuggestedActionLimit => 12;

    public async Task SendAsync(Activity reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var chat = reply.Conversation?.Id ?? throw new ArgumentException("A reply needs conversation.id.", nameof(reply));
        var sends = await plan.ForAsync(reply, cancellationToken);
        if (sends.Any(s => s.Markup is ReplyKeyboardMarkup))
        {
            await titles.RememberAsync(chat, reply.SuggestedActions!.Actions, cancellationToken);
        }
        else if (sends.Any(s => s.Markup is ReplyKeyboardRemove))
        {
            await titles.RememberAsync(chat, [], cancellationToken);
        }

        var bot = clients.Create();
        var chatId = long.TryParse(chat, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id) ? new ChatId(id) : new ChatId(chat);
        foreach (var send in sends)
        {
            await SendAsync(bot, chat, chatId, send, cancellationToken);
        }
    }

    private async Task SendAsync(ITelegramBotClient bot, string chat, ChatId chatId, TelegramSend send, CancellationToken cancellationToken)
    {
        try
        {
            switch (send.Kind)
            {
                case TelegramSendKind.Typing:
                    await bot.SendChatAction(chatId, ChatAction.Typing, cancellationToken: cancellationToken);
                    break;
                case TelegramSendKind.Photo:
                    await limiter.WaitAsync(chat, cancellationToken);
                    await bot.SendPhoto(chatId, InputFile.FromUri(send.PhotoUrl!), caption: send.Text.Length > 0 ? send.Text : null,
                        replyMarkup: send.Markup, cancellationToken: cancellationToken);
                    break;
                default:
                    await limiter.WaitAsync(chat, cancellationToken);
                    await bot.SendMessage(chatId, send.Text, replyMarkup: send.Markup, cancellationToken: cancellationToken);
                    break;
            }
        }
        catch (Exception exception) when (TelegramFailure.From(exception) is { } failure)
        {
            logger.SendFailed(Method(send.Kind), failure.Reason, failure.Permanent);
            if (send.Kind != TelegramSendKind.Typing)
            {
                throw failure;
            }
        }
    }

    private static string Method(TelegramSendKind kind) => kind switch
    {
        TelegramSendKind.Photo => "sendPhoto",
        TelegramSendKind.Typing => "sendChatAction",
        _ => "sendMessage",
    };
}
