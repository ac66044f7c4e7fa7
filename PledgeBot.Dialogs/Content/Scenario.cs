namespace PledgeBot.Dialogs.Content;

/// <summary>A quick situation of the pledge game, answered by choice, each answer with one line of feedback.</summary>
public sealed record Scenario
{
    public required string Id { get; init; }

    public required string Text { get; init; }

    public IReadOnlyList<ScenarioOption> Options { get; init => field = value ?? []; } = [];
}
