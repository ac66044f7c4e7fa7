namespace PledgeBot.Dialogs.Content;

/// <summary>How <see cref="MessageClauses"/> treats one character of a message, as <see cref="MessageWords"/> would.</summary>
internal enum FoldedLetter : byte
{
    /// <summary>Not known to read the same one character at a time (a combining mark, another script): the whole
    /// message goes through <see cref="MessageWords"/> instead.</summary>
    Unknown,

    /// <summary>Ends a clause (punctuation that a negation never reaches across).</summary>
    ClauseBreak,

    /// <summary>Between words: white space, an underscore, a dash.</summary>
    Space,

    /// <summary>Left out: other punctuation, apostrophes, symbols, emoji.</summary>
    Dropped,

    /// <summary>Part of a word: a letter or digit, lower-cased and folded one character at a time.</summary>
    Letter,
}
