using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Dialogs.Turns;

namespace PledgeBot.Dialogs.Safety;

/// <summary>The embedded analyzer: the content's safety lexicon, a guess at the language, and the PII redactor. It needs
/// no network, so it is the default and the fallback whenever a remote service fails.</summary>
public sealed class LocalTextAnalyzer(IContentSource content) : ITextAnalyzer
{
    private static readonly string[] s_vietnameseWords = ["khong", "minh", "toi", "ban", "la", "cua", "va", "em", "anh", "nha", "roi", "muon", "bi", "nguoi", "voi", "nay", "thi", "ko", "k", "dc", "mk", "e", "a", "oi", "ne", "ma"];
    private static readonly string[] s_englishWords = ["i", "the", "you", "me", "my", "is", "to", "and", "a", "it", "of", "not", "dont", "im", "he", "she", "they", "want", "what", "this", "that", "help", "with"];

    private (ContentCatalog Catalog, SafetyLexicon Lexicon)? _compiled;

    public Task<TextAnalysis> AnalyzeAsync(string text, string? locale, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var verdict = Lexicon().Read(text);
        var analysis = new TextAnalysis(GuessLanguage(text, locale), verdict.Risk, verdict.Categories, PiiRedactor.Redact(text))
        {
            DangerNow = verdict.DangerNow,
        };
        return Task.FromResult(analysis);
    }

    /// <summary>The lexicon of the current content, compiled again only when staff edit the content.</summary>
    public SafetyLexicon Lexicon()
    {
        var catalog = content.Current;
        var compiled = _compiled;
        if (compiled is { } known && ReferenceEquals(known.Catalog, catalog))
        {
            return known.Lexicon;
        }

        var lexicon = new SafetyLexicon(catalog);
        _compiled = (catalog, lexicon);
        return lexicon;
    }

    /// <summary>Diacritics say Vietnamese; otherwise common words decide, and the locale breaks a tie.</summary>
    public static string GuessLanguage(string text, string? locale)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = TextFolding.Normalize(text);
        var folded = TextFolding.Fold(text);
        if (!string.Equals(normalized, folded, StringComparison.Ordinal))
        {
            return "vi";
        }

        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var vietnamese = words.Count(s_vietnameseWords.Contains);
        var english = words.Count(s_englishWords.Contains);
        if (vietnamese != english)
        {
            return vietnamese > english ? "vi" : "en";
        }

        return Languages.FromLocale(locale).Code();
    }
}
