namespace PledgeBot.Dialogs.Activities;

/// <summary>Quick replies shown under a message until the user answers (Bot Framework Activity schema).</summary>
public sealed record SuggestedActions
{
    public IReadOnlyList<string>? To { get; init; }

    public IReadOnlyList<CardAction> Actions { get; init; } = [];
}
