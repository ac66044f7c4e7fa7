namespace PledgeBot.Dialogs.Content;

/// <summary>Content that failed validation; <see cref="Problems"/> says what to fix.</summary>
public sealed class ContentException(IReadOnlyList<string> problems)
    : Exception("Content is invalid: " + string.Join("; ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
