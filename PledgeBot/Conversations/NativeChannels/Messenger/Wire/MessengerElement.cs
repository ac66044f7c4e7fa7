namespace PledgeBot.Conversations.NativeChannels.Messenger.Wire;

/// <summary>A generic template's element: at most 3 buttons.</summary>
public sealed record MessengerElement
{
    public required string Title { get; init; }

    public string? Subtitle { get; init; }

    public string? ImageUrl { get; init; }

    public MessengerButton? DefaultAction { get; init; }

    public IReadOnlyList<MessengerButton>? Buttons { get; init; }
}
