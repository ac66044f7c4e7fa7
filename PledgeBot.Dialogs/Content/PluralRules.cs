namespace PledgeBot.Dialogs.Content;

/// <summary>Which plural form a number takes, and what the content must hold for it. <c>{count}</c> is kept for
/// plural texts: a plain text with it would say "1 pledges".</summary>
internal static class PluralRules
{
    public const string Count = "{count}";

    /// <summary>English takes "one" for exactly 1; Vietnamese has no singular form.</summary>
    public static string Pick(Language language, PluralText text, long count) =>
        language == Language.English && count == 1 && text.One is { } one ? one : text.Other;

    public static void Check(string language, ContentDocument document, List<string> problems)
    {
        foreach (var (key, text) in document.Texts.Where(t => t.Value.Contains(Count, StringComparison.Ordinal)))
        {
            problems.Add($"{language}: text '{key}' says {Count}; put it under \"plurals\" with its one/other forms");
        }

        foreach (var key in document.Plurals.Keys.Where(document.Texts.ContainsKey))
        {
            problems.Add($"{language}: '{key}' is both a text and a plural");
        }

        foreach (var (key, plural) in document.Plurals)
        {
            if (language == "en" && string.IsNullOrWhiteSpace(plural.One))
            {
                problems.Add($"{language}: plural '{key}' needs a \"one\" form");
            }

            if (language != "en" && plural.One is not null)
            {
                problems.Add($"{language}: plural '{key}' has a \"one\" form, which this language does not use");
            }

            if (new[] { plural.One, plural.Other }.Any(form => form is not null && !form.Contains(Count, StringComparison.Ordinal)))
            {
                problems.Add($"{language}: plural '{key}' has a form without {Count}");
            }
        }
    }
}
