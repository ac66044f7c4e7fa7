namespace PledgeBot.Dialogs.Content;

/// <summary>Words that change how a lexicon match reads (Content/*/safety.json): a negation just before it, a
/// context that marks talk about something (news, a quiz, a song), a first-person marker that makes it personal again,
/// or a sign that the danger is now.</summary>
public sealed record SafetyCue
{
    public const string Negation = "negation";
    public const string Context = "context";
    public const string Personal = "personal";
    public const string Now = "now";

    public string Kind { get; init; } = string.Empty;

    public IReadOnlyList<string> Phrases { get; init => field = value ?? []; } = [];
}
