namespace PledgeBot.Conversations.NativeChannels.Messenger.Wire;

/// <summary>One Send API message: text, or an attachment (template or image), with optional quick replies.</summary>
public sealed record MessengerMessage
{
    public string? Text { get; init; }

    public MessengerAttachment? Attachment { get; init; }

    public IReadOnlyList<MessengerQuickReply>? QuickReplies { get; init; }
}
