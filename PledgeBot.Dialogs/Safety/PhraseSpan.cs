namespace PledgeBot.Dialogs.Safety;

/// <summary>Where a phrase was found in a clause, in words: <see cref="Start"/> inclusive, <see cref="End"/> exclusive.</summary>
internal readonly record struct PhraseSpan(int Start, int End)
{
    public bool Overlaps(PhraseSpan other) => Start < other.End && other.Start < End;

    public bool Contains(PhraseSpan other) => Start <= other.Start && other.End <= End;
}
