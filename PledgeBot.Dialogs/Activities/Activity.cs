using System.Text.Json;
using System.Text.Json.Serialization;

namespace PledgeBot.Dialogs.Activities;

/// <summary>A Bot Framework activity (Activity schema); fields we do not model survive in <see
/// cref="Properties"/>.</summary>
public sealed record Activity
{
    public string? Type { get; init; }

    public string? Id { get; init; }

    [JsonConverter(typeof(UtcTimestampConverter))]
    public DateTimeOffset? Timestamp { get; init; }

    public DateTimeOffset? LocalTimestamp { get; init; }

    public string? LocalTimezone { get; init; }

    public string? ServiceUrl { get; init; }

    public string? ChannelId { get; init; }

    public ChannelAccount? From { get; init; }

    public ConversationAccount? Conversation { get; init; }

    public ChannelAccount? Recipient { get; init; }

    public string? TextFormat { get; init; }

    public string? AttachmentLayout { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }

    public string? Text { get; init; }

    public string? Speak { get; init; }

    public string? InputHint { get; init; }

    public string? Summary { get; init; }

    public SuggestedActions? SuggestedActions { get; init; }

    public IReadOnlyList<Attachment>? Attachments { get; init; }

    public IReadOnlyList<JsonElement>? Entities { get; init; }

    public JsonElement? ChannelData { get; init; }

    public string? Action { get; init; }

    public string? ReplyToId { get; init; }

    public string? Label { get; init; }

    public string? ValueType { get; init; }

    public JsonElement? Value { get; init; }

    public string? Name { get; init; }

    public ConversationReference? RelatesTo { get; init; }

    public string? Code { get; init; }

    public string? Locale { get; init; }

    public string? DeliveryMode { get; init; }

    // Settable because System.Text.Json cannot fill extension data through an init accessor.
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    public bool IsType(string type) => string.Equals(Type, type, StringComparison.OrdinalIgnoreCase);

    [JsonIgnore]
    public bool ExpectsReplies =>
        string.Equals(DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.OrdinalIgnoreCase);

    public ConversationReference GetConversationReference() => new()
    {
        ActivityId = Id,
        User = From,
        Bot = Recipient,
        Conversation = Conversation,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Locale = Locale,
    };

    /// <summary>A message addressed back to the sender, as the Bot Framework SDK's CreateReply does.</summary>
    public Activity CreateReply(DateTimeOffset now, string? locale = null)
    {
        var answersGreetingOnWebChat = IsType(ActivityTypes.ConversationUpdate)
            && (string.Equals(ChannelId, Channels.DirectLine, StringComparison.OrdinalIgnoreCase)
                || string.Equals(ChannelId, Channels.WebChat, StringComparison.OrdinalIgnoreCase));

        return new Activity
        {
            Type = ActivityTypes.Message,
            Timestamp = now.ToUniversalTime(),
            From = Recipient is null ? null : new ChannelAccount { Id = Recipient.Id, Name = Recipient.Name },
            Recipient = From is null ? null : new ChannelAccount { Id = From.Id, Name = From.Name },
            Conversation = Conversation is null
                ? null
                : new ConversationAccount { Id = Conversation.Id, Name = Conversation.Name, IsGroup = Conversation.IsGroup },
            ServiceUrl = ServiceUrl,
            ChannelId = ChannelId,
            Locale = locale ?? Locale,
            ReplyToId = answersGreetingOnWebChat ? null : Id,
        };
    }
}
