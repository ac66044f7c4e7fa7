using System.Text.Json;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Conversations.NativeChannels.Messenger.Wire;

namespace PledgeBot.Conversations.NativeChannels.Messenger;

/// <summary>One reply activity as the Send API messages that show it, in order (docs/channels/messenger.md): its text
/// (split over 2,000 characters at line breaks), then its cards and images; the suggested actions ride as quick
/// replies on the last message. A reply's <c>channelData.facebook</c> is sent as the message as it is.</summary>
public static class MessengerReplies
{
    /// <param name="reply">A message reply whose suggested actions are already within <see cref="MessengerLimits.QuickReplies"/>.</param>
    /// <param name="optionsListed">True when the text already lists every option in full (a "More…" follow-up, whose
    /// options the previous message numbered), so shortened titles need no list of their own.</param>
    public static IReadOnlyList<JsonElement> Build(Activity reply, bool optionsListed)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (reply.ChannelData is { ValueKind: JsonValueKind.Object } data
            && data.TryGetProperty("facebook", out var native) && native.ValueKind == JsonValueKind.Object)
        {
            return [native.Clone()];
        }

        var actions = reply.SuggestedActions?.Actions ?? [];
        var quickReplies = QuickReplies(actions, out var shortened);

        // The overflow cut already wrote the full list when it added "More…"; otherwise shortened titles are listed here,
        // numbered as the dialogs number their options.
        var listed = optionsListed || actions.Any(action => string.Equals(action.ValueText, ActionOverflow.MoreValue, StringComparison.Ordinal));
        var text = shortened && !listed ? WithList(reply.Text, actions) : reply.Text;

        var messages = new List<MessengerMessage>();
        if (!string.IsNullOrWhiteSpace(text))
        {
            messages.AddRange(MessengerTextSplit.Split(text).Select(MessengerCards.Text));
        }

        foreach (var attachment in reply.Attachments ?? [])
        {
            messages.AddRange(FromAttachment(attachment));
        }

        if (quickReplies is not null)
        {
            if (messages.Count == 0)
            {
                messages.Add(MessengerCards.Text(ActionOverflow.NumberedList(actions)));
            }

            messages[^1] = messages[^1] with { QuickReplies = quickReplies };
        }

        return [.. messages.Select(message => JsonSerializer.SerializeToElement(message, MessengerJsonContext.Default.MessengerMessage))];
    }

    private static MessengerQuickReply[]? QuickReplies(IReadOnlyList<CardAction> actions, out bool shortened)
    {
        shortened = false;
        if (actions.Count == 0)
        {
            return null;
        }

        var quickReplies = new MessengerQuickReply[Math.Min(actions.Count, MessengerLimits.QuickReplies)];
        for (var i = 0; i < quickReplies.Length; i++)
        {
            quickReplies[i] = MessengerActions.QuickReply(actions[i], out var cut);
            shortened |= cut;
        }

        return quickReplies;
    }

    private static string WithList(string? text, IReadOnlyList<CardAction> actions)
    {
        var list = ActionOverflow.NumberedList(actions);
        return string.IsNullOrWhiteSpace(text) ? list : $"{text}\n\n{list}";
    }

    private static IEnumerable<MessengerMessage> FromAttachment(Attachment attachment)
    {
        if (string.Equals(attachment.ContentType, HeroCard.ContentType, StringComparison.OrdinalIgnoreCase)
            && attachment.Content is { ValueKind: JsonValueKind.Object } content
            && content.Deserialize(ProtocolJsonContext.Default.HeroCard) is { } card)
        {
            return MessengerCards.From(card);
        }

        if (attachment.ContentType?.StartsWith("image/", StringComparison.OrdinalIgnoreCase) == true
            && Uri.TryCreate(attachment.ContentUrl, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps)
        {
            var image = new MessengerAttachmentPayload { Url = url.ToString(), IsReusable = true };
            return [new MessengerMessage { Attachment = new MessengerAttachment("image", image) }];
        }

        return [];
    }
}
