namespace PledgeBot.Classes;

/// <summary>A session as staff list it: settings, where it is and how many students sit in it.</summary>
public sealed record ClassSummary(
    string Code,
    string Name,
    string? SchoolCode,
    string? Province,
    string Language,
    int Questions,
    int SecondsPerQuestion,
    bool PrePost,
    bool ShowRanking,
    string Phase,
    long Joined,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    string JoinText,
    string JoinUrl,
    string ScreenUrl);
