namespace PledgeBot.Conversations.NativeChannels.Messenger.Wire;

/// <summary>A template button: <c>web_url</c> with <see cref="Url"/>, or <c>postback</c> with <see cref="Payload"/>.</summary>
public sealed record MessengerButton
{
    public required string Type { get; init; }

    public string? Title { get; init; }

    public string? Url { get; init; }

    public string? Payload { get; init; }
}
