namespace PledgeBot.Dialogs.Flows.Pledge;

/// <summary>Where a pledge stands: content ids and counts only, never what the user typed.</summary>
public sealed record PledgeState
{
    public bool AlreadyPledged { get; init; }

    public IReadOnlyList<string> Scenarios { get; init => field = value ?? []; } = [];

    public int ScenarioIndex { get; init; }

    public int SafeAnswers { get; init; }

    public IReadOnlyList<string> Picked { get; init => field = value ?? []; } = [];

    public string? Province { get; init; }

    public string? AgeBand { get; init; }
}
