using PledgeBot.Dialogs.Content;

namespace PledgeBot.Dialogs.Safety;

/// <summary>A <see cref="SafetyTerm"/> with its phrases cut into words once, when the content loads.</summary>
internal sealed record LexiconEntry(string Category, bool High, bool Now, LexiconToken[][] Phrases, LexiconToken[][] Except)
{
    public static LexiconEntry From(SafetyTerm term) => new(
        term.Category,
        string.Equals(term.Risk, "high", StringComparison.OrdinalIgnoreCase),
        term.Now,
        Compile(term.Phrases),
        Compile(term.Except));

    public static LexiconToken[][] Compile(IEnumerable<string> phrases) =>
        phrases.Select(MessageWords.Words).Where(words => words.Length > 0).ToArray();
}
