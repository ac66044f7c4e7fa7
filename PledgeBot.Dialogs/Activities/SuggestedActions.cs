namespace PledgeBot.Dialogs.Activities;

/// <summary>Quick replies shown under a message until the user answers (PROTOCOL.md 1.4).</summary>
public sealed record SuggestedActions
{
    public IReadOnlyList<string>? To { get; init; }

    public IReadOnlyList<CardAction> Actions { get; init; } = [];
}
