using PledgeBot.Dialogs.Content;

namespace PledgeBot.Dialogs.Safety.Classifier;

/// <summary>One labelled message of the safety corpus. A <c>none</c> row whose category is not <c>none</c> is a hard
/// negative: harmless, but sharing words with the category it names.</summary>
public sealed record CorpusRow(string Label, string Category, string Text, string Source)
{
    public const string None = "none";
    public const string Concern = "concern";
    public const string High = "high";

    public static IReadOnlyList<string> Labels { get; } = [None, Concern, High];

    /// <summary>The categories a row may name: the analyzer's, or <c>none</c> for plain chat.</summary>
    public static IReadOnlyList<string> Categories { get; } = [.. SafetyCategories.All, None];

    /// <summary>The text as the duplicate check and the split see it: folded, punctuation and spacing gone.</summary>
    public string Key { get; } = RiskText.Folded(Text) is { Length: > 0 } folded ? folded : Text;

    public bool IsHardNegative => Label == None && Category != None;

    /// <summary>About one row in five, chosen by a stable hash of the folded text (FNV-1a), is the frozen test split:
    /// never used to choose features, thresholds or lexicon entries.</summary>
    public bool IsFrozenTest => StableHash(Key) % 5 == 0;

    /// <summary>The cross-validation fold (0–4) of a training row, from a second stable hash.</summary>
    public int Fold => (int)(StableHash("fold:" + Key) % 5);

    public static uint StableHash(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
