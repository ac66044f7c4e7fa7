namespace PledgeBot.Counsel;

/// <summary>One message of a chat as kept (encrypted) for continuity between counsellors: who wrote it, the text, when,
/// and for the young person's messages the risk the analysis gave it.</summary>
public sealed record TranscriptEntry(string From, string Text, DateTimeOffset At, string? Risk, IReadOnlyList<string>? Categories)
{
    public const string User = "user";
    public const string Counsellor = "counsellor";
}
