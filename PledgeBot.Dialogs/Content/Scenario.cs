namespace PledgeBot.Dialogs.Content;

/// <summary>A quick situation of the pledge game, answered by choice, each answer with one line of feedback.</summary>
public sealed record Scenario
{
    public required string Id { get; init; }

    public required string Text { get; init; }

    public IReadOnlyList<ScenarioOption> Options { get; init => field = value ?? []; } = [];

    /// <summary>Where the facts come from (a ministry notice, a hotline's own site): checked non-empty on load, so no
    /// fact reaches a teenager without an origin staff can check.</summary>
    public string Source { get; init; } = string.Empty;
}
