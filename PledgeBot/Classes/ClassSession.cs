using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine.Turns;
using PledgeBot.Dialogs.Ports;

namespace PledgeBot.Classes;

/// <summary>A class session as stored: its settings, the question sequence (content ids; with pre/post the first three
/// come again at the end) and where it is now.</summary>
public sealed record ClassSession
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public string? SchoolCode { get; init; }

    public string? Province { get; init; }

    public Language Language { get; init; }

    public IReadOnlyList<string> Questions { get; init; } = [];

    public int SecondsPerQuestion { get; init; }

    public bool PrePost { get; init; }

    public bool ShowRanking { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }

    public ClassPhase Phase { get; init; }

    /// <summary>The question at hand, from 0; -1 in the lobby.</summary>
    public int Index { get; init; } = -1;

    public DateTimeOffset EndsAt { get; init; }

    /// <summary>Answers to the question at hand.</summary>
    public long AnsweredNow { get; init; }

    public string? QuestionId => Index >= 0 && Index < Questions.Count ? Questions[Index] : null;

    /// <summary>The number of distinct questions asked before the post-test repeats the first three.</summary>
    public int PrePostCount => PrePost ? 3 : 0;
}
