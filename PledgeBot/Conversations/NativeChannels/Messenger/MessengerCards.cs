using PledgeBot.Dialogs.Activities;
using PledgeBot.Conversations.NativeChannels.Messenger.Wire;

namespace PledgeBot.Conversations.NativeChannels.Messenger;

/// <summary>A hero card as a generic template with one element (docs/channels/messenger.md). What the element cannot
/// hold is sent too, never dropped: a title or text over 80 characters (or a shortened button title) goes out in full
/// as a text message first, and buttons past the third follow as button templates of three.</summary>
public static class MessengerCards
{
    public static IReadOnlyList<MessengerMessage> From(HeroCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var actions = card.Buttons ?? [];
        var shortenedButtons = false;
        var buttons = new List<MessengerButton>(actions.Count);
        foreach (var action in actions)
        {
            buttons.Add(MessengerActions.Button(action, out var shortened));
            shortenedButtons |= shortened;
        }

        var body = string.IsNullOrWhiteSpace(card.Text) ? card.Subtitle : card.Text;
        var title = FirstText(card.Title, card.Subtitle, body) ?? "…";
        var subtitle = string.Equals(title, body, StringComparison.Ordinal) ? null : body;
        var messages = new List<MessengerMessage>();
        if (title.Length > MessengerLimits.ElementTitle || subtitle?.Length > MessengerLimits.ElementSubtitle || shortenedButtons)
        {
            messages.AddRange(MessengerTextSplit.Split(FullText(title, subtitle, shortenedButtons ? actions : [])).Select(Text));
        }

        var element = new MessengerElement
        {
            Title = MessengerLimits.Shorten(title, MessengerLimits.ElementTitle),
            Subtitle = subtitle is null ? null : MessengerLimits.Shorten(subtitle, MessengerLimits.ElementSubtitle),
            ImageUrl = card.Images?.FirstOrDefault(image => !string.IsNullOrEmpty(image.Url))?.Url,
            DefaultAction = MessengerActions.DefaultAction(card.Tap),
            Buttons = buttons.Count == 0 ? null : buttons.Take(MessengerLimits.ButtonsPerTemplate).ToArray(),
        };
        messages.Add(Template(new MessengerAttachmentPayload { TemplateType = "generic", Elements = [element] }));

        // Buttons past the element's three, three at a time, under the card's title.
        var followText = MessengerLimits.Shorten(title, MessengerLimits.ButtonTemplateText);
        foreach (var more in buttons.Skip(MessengerLimits.ButtonsPerTemplate).Chunk(MessengerLimits.ButtonsPerTemplate))
        {
            messages.Add(Template(new MessengerAttachmentPayload { TemplateType = "button", Text = followText, Buttons = more }));
        }

        return messages;
    }

    public static MessengerMessage Text(string text) => new() { Text = text };

    private static MessengerMessage Template(MessengerAttachmentPayload payload) =>
        new() { Attachment = new MessengerAttachment("template", payload) };

    private static string FullText(string title, string? subtitle, IReadOnlyList<CardAction> actions)
    {
        var text = subtitle is null ? title : $"{title}\n{subtitle}";
        return actions.Count == 0 ? text : $"{text}\n\n{ActionOverflow.NumberedList(actions)}";
    }

    private static string? FirstText(params string?[] candidates) =>
        candidates.FirstOrDefault(candidate => !string.IsNullOrWhiteSpace(candidate));
}
