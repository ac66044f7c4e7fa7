using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Dialogs.Safety.Classifier;

namespace PledgeBot.Dialogs.Safety;

/// <summary>The embedded analyzer: the trained classifier and the content's safety lexicon (must-catch phrases staff
/// extend), the stronger of the two deciding; a guess at the language; the PII redactor. It needs no network, so it is
/// the default and the fallback whenever a remote service fails.</summary>
public sealed class LocalTextAnalyzer(IContentSource content, RiskClassifier classifier) : ITextAnalyzer
{
    /// <summary>Categories where a high risk from the model means the danger may be now: 113 and 115 beside 111.</summary>
    private static readonly string[] s_nowCategories = [SafetyCategories.SelfHarm, SafetyCategories.Violence, SafetyCategories.AbductionScam];

    private static readonly string[] s_vietnameseWords = ["khong", "minh", "toi", "ban", "la", "cua", "va", "em", "anh", "nha", "roi", "muon", "bi", "nguoi", "voi", "nay", "thi", "ko", "k", "dc", "mk", "e", "a", "oi", "ne", "ma"];
    private static readonly string[] s_englishWords = ["i", "the", "you", "me", "my", "is", "to", "and", "a", "it", "of", "not", "dont", "im", "he", "she", "they", "want", "what", "this", "that", "help", "with"];

    /// <summary>How sure the model must be of a category (among the categories) to name it.</summary>
    private const double CategoryConfidence = 0.5;

    /// <summary>A probability of high risk the lexicon's "harmless here" does not silence outside its own category.</summary>
    private const double ConfidentHigh = 0.9;

    /// <summary>Below this probability a high risk from the classifier alone gets the general help text.</summary>
    private const double SureHigh = 0.5;

    private (ContentCatalog Catalog, SafetyLexicon Lexicon)? _compiled;

    public LocalTextAnalyzer(IContentSource content)
        : this(content, RiskClassifier.Shipped())
    {
    }

    public Task<TextAnalysis> AnalyzeAsync(string text, string? locale, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Task.FromResult(Analyze(text, locale));
    }

    public TextAnalysis Analyze(string text, string? locale)
    {
        ArgumentNullException.ThrowIfNull(text);
        // The hosts refuse ill-formed UTF-16 at their edges; a caller that did not still gets a verdict and a redacted
        // text without a lone surrogate in it.
        text = TextFolding.WellFormed(text);
        var lexicon = Lexicon().Read(text);
        var scores = classifier.Score(text);
        // Where staff's lexicon knows the danger words are harmless here (negated, a look-alike, the news), the
        // classifier's reading of those same words does not overrule it.
        // Elsewhere, when the lexicon found only harmless uses, only a confident classifier still speaks.
        var cleared = lexicon.Cleared.Contains(scores.Category)
            || (lexicon.Cleared.Count > 0 && lexicon.Risk == RiskLevel.None && scores.High < ConfidentHigh);
        var model = cleared ? RiskLevel.None : classifier.Risk(scores);
        var risk = (RiskLevel)Math.Max((int)lexicon.Risk, (int)model);
        // A short plea ("cứu em") names no danger in particular: the general help, not one category's advice.
        var categories = model == RiskLevel.None || lexicon.Categories.Contains(scores.Category) || scores.CategoryConfidence < CategoryConfidence
            ? lexicon.Categories
            : model >= lexicon.Risk ? [scores.Category, .. lexicon.Categories] : [.. lexicon.Categories, scores.Category];
        var tentative = risk == RiskLevel.High && lexicon.Risk != RiskLevel.High && scores.High < SureHigh;
        var now = lexicon.DangerNow || (model == RiskLevel.High && !tentative && s_nowCategories.Contains(scores.Category));
        return new TextAnalysis(GuessLanguage(text, locale), risk, categories, PiiRedactor.Redact(text))
        {
            DangerNow = now,
            RiskScore = scores.High,
            LeansConcern = risk != RiskLevel.None || scores.Flag >= classifier.Card.LowBand,
            Tentative = tentative,
        };
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
