using System.Text.Json;

namespace PledgeBot.Dialogs.Activities;

/// <summary>A hero card: title, text, images and buttons (Bot Framework Activity schema).</summary>
public sealed record HeroCard
{
    public const string ContentType = "application/vnd.microsoft.card.hero";

    public string? Title { get; init; }

    public string? Subtitle { get; init; }

    public string? Text { get; init; }

    public IReadOnlyList<CardImage>? Images { get; init; }

    public IReadOnlyList<CardAction>? Buttons { get; init; }

    public CardAction? Tap { get; init; }

    public Attachment ToAttachment() => new()
    {
        ContentType = ContentType,
        Content = JsonSerializer.SerializeToElement(this, ProtocolJsonContext.Default.HeroCard),
    };
}
