namespace PledgeBot.Dialogs.Flows.Quiz;

/// <summary>One round of the quiz: the ids of the questions drawn, which one is being asked, and the right answers so
/// far. Only ids and counts, never what the user typed (README.md, "Where the data lives").</summary>
public sealed record QuizState
{
    public IReadOnlyList<string> Questions { get; init => field = value ?? []; } = [];

    /// <summary>The question being asked, counted from 0.</summary>
    public int Index { get; init; }

    public int Score { get; init; }
}
