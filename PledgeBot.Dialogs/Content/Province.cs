namespace PledgeBot.Dialogs.Content;

/// <summary>One of the 34 provincial-level units since 1 July 2025 (Resolution 202/2025/QH15), with what people type
/// for it and the former provinces merged into it.</summary>
public sealed record Province
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary><c>north</c>, <c>centre</c> or <c>south</c>: a chatbot grouping, not an official region.</summary>
    public required string Region { get; init; }

    public IReadOnlyList<string> Aliases { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> Former { get; init => field = value ?? []; } = [];
}
