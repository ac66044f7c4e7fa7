namespace PledgeBot.Dialogs.Safety;

/// <summary>What <see cref="SafetyLexicon.Read"/> has found so far in one message, clause by clause; categories are
/// kept by their index in the compiled lexicon.</summary>
internal sealed class LexiconReading(int categories)
{
    /// <summary>Categories whose danger words were found harmless here (a look-alike, a negation).</summary>
    public bool[] Cleared { get; } = new bool[categories];

    /// <summary>Categories of the danger phrases that count.</summary>
    public bool[] FoundCategories { get; } = new bool[categories];

    public bool Found { get; private set; }

    public bool High { get; private set; }

    /// <summary>A high-risk phrase that says the danger is now.</summary>
    public bool HighNow { get; private set; }

    public bool Context { get; set; }

    public bool Personal { get; set; }

    /// <summary>A cue that the danger is now.</summary>
    public bool Now { get; set; }

    /// <summary>Scratch space for one clause's matches, reused from clause to clause.</summary>
    public List<LexiconMatch> Matches { get; } = [];

    /// <summary>Scratch space for one clause's danger phrases not cleared by a look-alike.</summary>
    public List<(int Entry, PhraseSpan Span, bool Negated)> Hits { get; } = [];

    public void Add(LexiconEntry entry, int category)
    {
        Found = true;
        FoundCategories[category] = true;
        High |= entry.High;
        HighNow |= entry.High && entry.Now;
    }
}
