using PledgeBot.Dialogs.Content;

namespace PledgeBot.Dialogs.Ports;

/// <summary>What joining a class did: the outcome, and for a seated student their nickname, the class's name and
/// language, their score so far and where the class is.</summary>
public sealed record ClassJoin(ClassJoinKind Kind)
{
    public string Nickname { get; init; } = string.Empty;

    public string ClassName { get; init; } = string.Empty;

    public Language Language { get; init; }

    public int Score { get; init; }

    public ClassProgress? Progress { get; init; }

    public static ClassJoin Unknown { get; } = new(ClassJoinKind.Unknown);

    public bool Seated => Kind is ClassJoinKind.Joined or ClassJoinKind.Rejoined;
}
