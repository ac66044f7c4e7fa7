namespace PledgeBot.Classes;

/// <summary>A new session: its code, what students type or open to join, the teacher's screen and token, its end.</summary>
public sealed record ClassCreated(string Code, string JoinText, string JoinUrl, string ScreenUrl, string TeacherToken, DateTimeOffset ExpiresAt);
