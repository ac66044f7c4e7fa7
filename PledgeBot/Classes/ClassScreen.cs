namespace PledgeBot.Classes;

/// <summary>What the teacher's screen shows, as the stream and the control API send it: aggregates and, only when the
/// class shows a ranking, nicknames. Nothing a student said, nothing about a student's safety.</summary>
public sealed record ClassScreen(
    string Code,
    string Name,
    string Language,
    string Phase,
    long Joined,
    int Total,
    ClassScreenQuestion? Question,
    long Answered,
    ClassDistribution? Distribution,
    ClassEndSummary? Summary);
