namespace PledgeBot.Dialogs.Content;

/// <summary>One way to react to a scenario; <see cref="Safe"/> marks the reactions the game cheers.</summary>
public sealed record ScenarioOption
{
    public required string Id { get; init; }

    /// <summary>The button title, at most 20 characters.</summary>
    public required string Label { get; init; }

    public bool Safe { get; init; }

    public required string Feedback { get; init; }
}
