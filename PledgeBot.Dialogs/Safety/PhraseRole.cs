namespace PledgeBot.Dialogs.Safety;

/// <summary>What a phrase of the lexicon is for: a danger phrase, a look-alike of one, or one of the cue kinds.</summary>
internal enum PhraseRole
{
    Term,
    Except,
    Negation,
    Context,
    Personal,
    Now,
}
