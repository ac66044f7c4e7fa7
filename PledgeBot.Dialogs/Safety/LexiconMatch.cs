namespace PledgeBot.Dialogs.Safety;

/// <summary>A lexicon phrase found in a clause, and where.</summary>
internal readonly record struct LexiconMatch(LexiconPhrase Phrase, PhraseSpan Span);
