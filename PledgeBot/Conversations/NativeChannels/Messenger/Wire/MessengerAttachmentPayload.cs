namespace PledgeBot.Conversations.NativeChannels.Messenger.Wire;

/// <summary>A template's payload (<c>generic</c> with elements, <c>button</c> with text and buttons) or an image's URL.</summary>
public sealed record MessengerAttachmentPayload
{
    public string? TemplateType { get; init; }

    public IReadOnlyList<MessengerElement>? Elements { get; init; }

    public string? Text { get; init; }

    public IReadOnlyList<MessengerButton>? Buttons { get; init; }

    public string? Url { get; init; }

    public bool? IsReusable { get; init; }
}
