using System.Text;
using System.Text.Json;
using PledgeBot.Dialogs.Activities;
using Telegram.Bot.Types.ReplyMarkups;

namespace PledgeBot.Conversations.NativeChannels.Telegram;

/// <summary>One reply activity becomes Telegram Bot API calls, in order (docs/channels/telegram.md, "Replies"). The text
/// goes first (split at 4096 characters), carrying the suggested actions as a reply keyboard (two buttons a row; a tap sends
/// the title), or, when the reply has none, a keyboard removal so buttons from an earlier question do not linger. Each hero
/// card is a photo with its title and text as the caption (overflow past 1024 characters follows as text) and its buttons as
/// an inline keyboard. Suggested links, which a reply keyboard cannot carry, are written into the text.</summary>
public sealed class TelegramReplyPlan(TelegramCallbackData callbacks)
{
    public async Task<IReadOnlyList<TelegramSend>> ForAsync(Activity reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (reply.IsType(ActivityTypes.Typing))
        {
            return [new TelegramSend(TelegramSendKind.Typing, string.Empty)];
        }

        if (!reply.IsType(ActivityTypes.Message))
        {
            return [];
        }

        var actions = reply.SuggestedActions?.Actions ?? [];
        var buttons = actions.Where(a => !IsLink(a)).ToArray();
        var text = WithLinks(reply.Text, actions.Where(IsLink));
        var sends = new List<TelegramSend>();
        ReplyMarkup keyboard = buttons.Length > 0 ? Keyboard(buttons) : new ReplyKeyboardRemove();
        if (!string.IsNullOrWhiteSpace(text))
        {
            var chunks = TelegramTextChunks.Split(text, TelegramTextChunks.MessageLimit);
            sends.AddRange(chunks.Select((chunk, i) => new TelegramSend(TelegramSendKind.Message, chunk, Markup: i == chunks.Count - 1 ? keyboard : null)));
        }

        foreach (var card in HeroCards(reply))
        {
            sends.AddRange(await CardAsync(card, cancellationToken));
        }

        if (string.IsNullOrWhiteSpace(text) && buttons.Length > 0)
        {
            // A keyboard needs a message to ride on: the options themselves, numbered as the dialogs accept them.
            sends.Add(new TelegramSend(TelegramSendKind.Message, ActionOverflow.NumberedList(buttons), Markup: keyboard));
        }

        return sends;
    }

    private static bool IsLink(CardAction action) => string.Equals(action.Type, ActionTypes.OpenUrl, StringComparison.OrdinalIgnoreCase);

    private static string Title(CardAction action) => action.Title is { Length: > 0 } title ? title : action.ValueText ?? action.Text ?? "?";

    private static string? WithLinks(string? text, IEnumerable<CardAction> links)
    {
        var written = new StringBuilder(text);
        foreach (var link in links.Where(l => l.ValueText is { Length: > 0 }))
        {
            written.Append(written.Length > 0 ? "\n" : string.Empty).Append(Title(link)).Append(": ").Append(link.ValueText);
        }

        return written.ToString();
    }

    private static ReplyKeyboardMarkup Keyboard(IReadOnlyList<CardAction> buttons) =>
        new(buttons.Select(b => new KeyboardButton(Title(b))).Chunk(2))
        {
            ResizeKeyboard = true,
            OneTimeKeyboard = true,
        };

    private static IEnumerable<HeroCard> HeroCards(Activity reply) =>
        (reply.Attachments ?? [])
            .Where(a => string.Equals(a.ContentType, HeroCard.ContentType, StringComparison.OrdinalIgnoreCase) && a.Content is { ValueKind: JsonValueKind.Object })
            .Select(a => a.Content!.Value.Deserialize(ProtocolJsonContext.Default.HeroCard))
            .OfType<HeroCard>();

    private async Task<IReadOnlyList<TelegramSend>> CardAsync(HeroCard card, CancellationToken cancellationToken)
    {
        var caption = string.Join('\n', new[] { card.Title, card.Subtitle, card.Text }.Where(part => !string.IsNullOrWhiteSpace(part)));
        var markup = await InlineButtonsAsync(card.Buttons ?? [], cancellationToken);
        var image = card.Images?.Select(i => i.Url).FirstOrDefault(IsWebAddress);
        if (image is null)
        {
            var text = caption.Length > 0 ? caption : ActionOverflow.NumberedList(card.Buttons ?? []);
            var chunks = TelegramTextChunks.Split(text, TelegramTextChunks.MessageLimit);
            return [.. chunks.Select((chunk, i) => new TelegramSend(TelegramSendKind.Message, chunk, Markup: i == chunks.Count - 1 ? markup : null))];
        }

        var (head, rest) = TelegramTextChunks.Head(caption, TelegramTextChunks.CaptionLimit);
        var overflow = rest is null ? [] : TelegramTextChunks.Split(rest, TelegramTextChunks.MessageLimit);
        return [new TelegramSend(TelegramSendKind.Photo, head, image, markup), .. overflow.Select(chunk => new TelegramSend(TelegramSendKind.Message, chunk))];
    }

    private async Task<InlineKeyboardMarkup?> InlineButtonsAsync(IReadOnlyList<CardAction> buttons, CancellationToken cancellationToken)
    {
        var rows = new List<InlineKeyboardButton[]>();
        foreach (var button in buttons)
        {
            if (IsLink(button))
            {
                if (IsWebAddress(button.ValueText))
                {
                    rows.Add([InlineKeyboardButton.WithUrl(Title(button), button.ValueText!)]);
                }
            }
            else if ((button.ValueText ?? button.Text ?? button.Title) is { Length: > 0 } value)
            {
                rows.Add([InlineKeyboardButton.WithCallbackData(Title(button), await callbacks.ForAsync(value, cancellationToken))]);
            }
        }

        return rows.Count == 0 ? null : new InlineKeyboardMarkup(rows);
    }

    private static bool IsWebAddress(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
