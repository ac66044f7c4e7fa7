namespace PledgeBot.Classes;

/// <summary>A generated nickname and its right answers; shown only when the class was created with a ranking.</summary>
public sealed record ClassRankEntry(string Nickname, int Score);
