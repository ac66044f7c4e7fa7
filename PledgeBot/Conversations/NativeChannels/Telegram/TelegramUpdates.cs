using System.Text.Json;
using Microsoft.Extensions.Options;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace PledgeBot.Conversations.NativeChannels.Telegram;

/// <summary>Inbound (docs/channels/telegram.md): a private chat's message (text, or a photo's caption) or inline-button
/// tap becomes a message activity; groups, edits and everything else are ignored. No names, user names, phone numbers
/// or the raw update travel on: the pipeline gets ids (pseudonymised there), text and the language.</summary>
public sealed class TelegramUpdates(IOptions<TelegramOptions> options, TelegramCallbackData callbacks, TelegramKeyboardTitles titles, TimeProvider clock, IContentSource content)
{
    // Kinds a person sends; they get an answer even without text (the question again). Service messages do not.
    private static readonly HashSet<MessageType> s_userMessages =
    [
        MessageType.Text, MessageType.Photo, MessageType.Sticker, MessageType.Voice, MessageType.Audio,
        MessageType.Video, MessageType.VideoNote, MessageType.Animation, MessageType.Document,
    ];

    public async Task<TelegramArrival> ReadAsync(Update update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        return update switch
        {
            { Message: { } message } => await FromMessageAsync(update.Id, message, cancellationToken),
            { CallbackQuery: { } tap } => await FromTapAsync(update.Id, tap, cancellationToken),
            _ => TelegramArrival.Ignore(update.Type.ToString()),
        };
    }

    /// <summary>Telegram's <c>language_code</c> as the bot's locale: Vietnamese and English; anything else the campaign default.</summary>
    public static string Locale(string? languageCode) =>
        languageCode is not null && languageCode.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en-US" : "vi-VN";

    private async Task<TelegramArrival> FromMessageAsync(int updateId, Message message, CancellationToken cancellationToken)
    {
        if (message.Chat.Type != ChatType.Private || message.From is not { IsBot: false } from)
        {
            return TelegramArrival.Ignore("not-a-private-chat");
        }

        if (!s_userMessages.Contains(message.Type))
        {
            return TelegramArrival.Ignore(message.Type.ToString());
        }

        var chat = Id(message.Chat.Id);
        var text = message.Text ?? message.Caption ?? string.Empty;
        var tapped = await titles.ValueOfAsync(chat, text, cancellationToken);
        return new TelegramArrival(Activity(updateId, from, chat, tapped ?? text, message.Date, value: null), null);
    }

    private async Task<TelegramArrival> FromTapAsync(int updateId, CallbackQuery tap, CancellationToken cancellationToken)
    {
        if (tap.Message?.Chat is not { Type: ChatType.Private } chat || tap.From.IsBot || tap.Data is null)
        {
            return TelegramArrival.Ignore("callback-outside-a-private-chat", tap.Id);
        }

        if (await callbacks.ResolveAsync(tap.Data, cancellationToken) is not { } value)
        {
            return TelegramArrival.Ignore("callback-expired", tap.Id, Expired(tap.From.LanguageCode));
        }

        var json = JsonSerializer.SerializeToElement(value, ProtocolJsonContext.Default.String);
        return new TelegramArrival(Activity(updateId, tap.From, Id(chat.Id), value, clock.GetUtcNow().UtcDateTime, json), null, tap.Id);
    }

    private Activity Activity(int updateId, User from, string chat, string text, DateTime date, JsonElement? value) => new()
    {
        Type = ActivityTypes.Message,
        Id = Id(updateId),
        ChannelId = TelegramAdapter.Channel,
        Timestamp = new DateTimeOffset(DateTime.SpecifyKind(date, DateTimeKind.Utc)),
        From = new ChannelAccount { Id = Id(from.Id) },
        Recipient = new ChannelAccount { Id = options.Value.BotId },
        Conversation = new ConversationAccount { Id = chat },
        Text = text,
        Value = value,
        Locale = Locale(from.LanguageCode),
    };

    private string Expired(string? languageCode) =>
        content.Current.Get(Languages.FromLocale(Locale(languageCode)), ChannelText.ButtonExpired);

    private static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
