using System.Text.Json;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Conversations.NativeChannels.Messenger.Wire;

namespace PledgeBot.Conversations.NativeChannels.Messenger;

/// <summary>Card actions as Messenger quick replies and buttons (docs/channels/messenger.md): <c>openUrl</c> opens its
/// URL, every other kind sends its value back as a payload, which the webhook turns into the message text.</summary>
public static class MessengerActions
{
    public static MessengerQuickReply QuickReply(CardAction action, out bool shortened)
    {
        ArgumentNullException.ThrowIfNull(action);
        var title = TitleOf(action);
        var shown = MessengerLimits.Shorten(title, MessengerLimits.QuickReplyTitle);
        shortened = !string.Equals(shown, title, StringComparison.Ordinal);
        return new MessengerQuickReply("text", shown, PayloadOf(action));
    }

    public static MessengerButton Button(CardAction action, out bool shortened)
    {
        ArgumentNullException.ThrowIfNull(action);
        var title = TitleOf(action);
        var shown = MessengerLimits.Shorten(title, MessengerLimits.ButtonTitle);
        shortened = !string.Equals(shown, title, StringComparison.Ordinal);
        return IsUrl(action, out var url)
            ? new MessengerButton { Type = "web_url", Title = shown, Url = url }
            : new MessengerButton { Type = "postback", Title = shown, Payload = PayloadOf(action) };
    }

    /// <summary>A card's or image's tap, when it opens a web page.</summary>
    public static MessengerButton? DefaultAction(CardAction? tap) =>
        tap is not null && IsUrl(tap, out var url) ? new MessengerButton { Type = "web_url", Url = url } : null;

    public static string TitleOf(CardAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return FirstText(action.Title, action.ValueText, action.Text, action.DisplayText) ?? "…";
    }

    // The value comes back as the user's message; a value longer than Messenger carries falls back to the title, which
    // the dialogs recognise as well (their choices' values are their titles).
    private static string PayloadOf(CardAction action)
    {
        var value = action.ValueText ?? (action.Value is { ValueKind: not JsonValueKind.Null } raw ? raw.GetRawText() : null);
        var payload = FirstText(value, action.Text, action.Title) ?? "…";
        return payload.Length <= MessengerLimits.Payload ? payload : MessengerLimits.Shorten(TitleOf(action), MessengerLimits.Payload);
    }

    private static bool IsUrl(CardAction action, out string url)
    {
        url = action.ValueText ?? string.Empty;
        return string.Equals(action.Type, ActionTypes.OpenUrl, StringComparison.OrdinalIgnoreCase)
            && Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
    }

    private static string? FirstText(params string?[] candidates) =>
        candidates.FirstOrDefault(candidate => !string.IsNullOrWhiteSpace(candidate));
}
