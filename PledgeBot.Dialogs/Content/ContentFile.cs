namespace PledgeBot.Dialogs.Content;

/// <summary>One content file as read: its path below the content root (<c>vi/quiz.json</c>) and its JSON.</summary>
public sealed record ContentFile(string Path, string Json)
{
    /// <summary>The language folder, <c>vi</c> or <c>en</c>, or null for a file outside them.</summary>
    public string? Language => Path.Replace('\\', '/').Split('/') is [var folder, _] ? folder : null;
}
