namespace PledgeBot.Dialogs.Content;

/// <summary>A text that says a number of things, in the plural forms its language needs (CLDR): English "one" and
/// "other" ("1 pledge", "2 pledges"), Vietnamese only "other" (nouns do not change). Each form holds <c>{count}</c>.</summary>
public sealed record PluralText
{
    public string? One { get; init; }

    public required string Other { get; init; }
}
