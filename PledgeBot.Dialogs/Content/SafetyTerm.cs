namespace PledgeBot.Dialogs.Content;

/// <summary>One entry of a safety lexicon (Content/*/safety.json): phrases that signal a category at a risk level,
/// whether they mean danger now (113/115), and look-alike phrases that must not count ("mệt muốn chết").</summary>
public sealed record SafetyTerm
{
    public string Category { get; init; } = string.Empty;

    /// <summary>"high" or "concern".</summary>
    public string Risk { get; init; } = string.Empty;

    /// <summary>True when the phrases mean the danger is happening now: the reply gives 113 and 115 at once.</summary>
    public bool Now { get; init; }

    public IReadOnlyList<string> Phrases { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> Except { get; init => field = value ?? []; } = [];
}
