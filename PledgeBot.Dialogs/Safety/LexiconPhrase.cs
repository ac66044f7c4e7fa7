using PledgeBot.Dialogs.Content;

namespace PledgeBot.Dialogs.Safety;

/// <summary>One phrase of the compiled lexicon: its words, its role, and for a danger phrase or a look-alike the index
/// of its <see cref="LexiconEntry"/> (-1 for a cue).</summary>
internal sealed record LexiconPhrase(PhraseRole Role, int Entry, LexiconToken[] Words)
{
    /// <summary>The words' folded forms run together, as the spaceless search looks for them.</summary>
    public string Joined { get; } = string.Concat(Words.Select(word => word.Folded));
}
