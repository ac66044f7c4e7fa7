using System.Text.Json;
using PledgeBot.Dialogs.Activities;

namespace PledgeBot.Conversations.NativeChannels.Messenger;

/// <summary>Reads a verified webhook body (<c>{"object":"page","entry":[{"messaging":[…]}]}</c>) into activities as
/// docs/channels/messenger.md describes. Each activity keeps its raw event as <c>channelData</c>, where referral
/// capture finds <c>postback.referral.ref</c> (new thread) and <c>referral.ref</c> (existing thread).</summary>
public static class MessengerEvents
{
    public const string ChannelId = "facebook";

    /// <summary>Messenger names no language; the campaign's is the default.</summary>
    public const string DefaultLocale = "vi-VN";

    /// <summary>The delivery's activities, or null when the body is not a webhook envelope at all.</summary>
    public static MessengerDelivery? Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("entry", out var entries) || entries.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var activities = new List<Activity>();
        var ignored = new List<string>();
        if (!string.Equals(StringOf(root, "object"), "page", StringComparison.Ordinal))
        {
            ignored.Add("object");
            return new MessengerDelivery(activities, ignored);
        }

        foreach (var entry in entries.EnumerateArray())
        {
            if (entry.ValueKind != JsonValueKind.Object || !entry.TryGetProperty("messaging", out var events) || events.ValueKind != JsonValueKind.Array)
            {
                // Handover "standby" lists and field "changes" are not conversations with the bot.
                ignored.Add("entry");
                continue;
            }

            foreach (var messagingEvent in events.EnumerateArray())
            {
                if (ToActivity(messagingEvent, out var kind) is { } activity)
                {
                    activities.Add(activity);
                }
                else
                {
                    ignored.Add(kind);
                }
            }
        }

        return new MessengerDelivery(activities, ignored);
    }

    private static Activity? ToActivity(JsonElement messagingEvent, out string kind)
    {
        kind = "unknown";
        if (messagingEvent.ValueKind != JsonValueKind.Object
            || IdOf(messagingEvent, "sender") is not { } psid
            || IdOf(messagingEvent, "recipient") is not { } pageId)
        {
            return null;
        }

        // Meta sends epoch milliseconds; any other kind (null, a string, an object) or an impossible number is no time.
        var timestamp = messagingEvent.TryGetProperty("timestamp", out var time) && time.ValueKind == JsonValueKind.Number
            && time.TryGetInt64(out var ms) && ChannelTime.FromUnixMilliseconds(ms) is not null ? ms : 0;
        if (Object(messagingEvent, "message") is { } message)
        {
            kind = "message";
            return Message(message, psid, pageId, timestamp, messagingEvent, out kind);
        }

        if (Object(messagingEvent, "postback") is { } postback)
        {
            // A button tap, or Get Started in a new thread (the m.me ref then rides in postback.referral).
            kind = "postback";
            var payload = StringOf(postback, "payload");
            var id = StringOf(postback, "mid") ?? $"{timestamp}:{psid}:postback";
            return Create(id, psid, pageId, timestamp, messagingEvent, payload);
        }

        if (Object(messagingEvent, "referral") is { } referral)
        {
            // An m.me or ad link opened into an existing thread. It carries no words: with a code it is a message
            // without text, which referral capture answers quietly (the menu, or the open question again; the greeting
            // for someone never greeted). Without a code there is nothing to count or answer.
            kind = "referral";
            return string.IsNullOrWhiteSpace(StringOf(referral, "ref"))
                ? null
                : Create($"{timestamp}:{psid}:ref", psid, pageId, timestamp, messagingEvent, text: null);
        }

        kind = messagingEvent.TryGetProperty("delivery", out _) ? "delivery"
            : messagingEvent.TryGetProperty("read", out _) ? "read"
            : "unknown";
        return null;
    }

    private static Activity? Message(JsonElement message, string psid, string pageId, long timestamp, JsonElement raw, out string kind)
    {
        kind = "message";
        if (message.TryGetProperty("is_echo", out var echo) && echo.ValueKind == JsonValueKind.True)
        {
            kind = "echo";
            return null;
        }

        if (StringOf(message, "mid") is not { } mid)
        {
            return null;
        }

        // A quick reply tap sends its title as text and our value as payload: the payload is the answer.
        var text = Object(message, "quick_reply") is { } quickReply && StringOf(quickReply, "payload") is { } payload
            ? payload
            : StringOf(message, "text");
        return Create(mid, psid, pageId, timestamp, raw, text);
    }

    private static Activity Create(string id, string psid, string pageId, long timestamp, JsonElement raw, string? text) => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        ChannelId = ChannelId,
        Timestamp = ChannelTime.FromUnixMilliseconds(timestamp),
        From = new ChannelAccount { Id = psid },
        Recipient = new ChannelAccount { Id = pageId },
        Conversation = new ConversationAccount { Id = $"{pageId}:{psid}" },
        Text = text,
        Value = text is null ? null : JsonSerializer.SerializeToElement(text, ProtocolJsonContext.Default.String),
        Locale = DefaultLocale,
        ChannelData = raw.Clone(),
    };

    private static JsonElement? Object(JsonElement container, string name) =>
        container.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    private static string? IdOf(JsonElement container, string name) =>
        Object(container, name) is { } account ? StringOf(account, "id") : null;

    private static string? StringOf(JsonElement container, string name) =>
        container.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : null;
}
