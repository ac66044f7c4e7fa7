using PledgeBot.Dialogs.Content;

namespace PledgeBot.Dialogs.Safety.Classifier;

/// <summary>Chooses each category's thresholds on out-of-fold scores of the training part (never the frozen test
/// split). Safety first: the high threshold is the highest that still finds the target share of that category's
/// high-risk messages; a hard negative alert rate above the limit is reported, not traded for missed danger.</summary>
public static class ThresholdChoice
{
    public const double HighRecallTarget = 0.95;

    /// <summary>See <see cref="RiskModelCard.PlainGate"/>: out of fold, it halves the plain chat that got the crisis
    /// reply for a small share of high-risk messages, which get the check-in with 111 instead.</summary>
    public const double PlainGate = 0.8;
    public const double FlagRecallTarget = 0.90;
    public const double PlainFlagCeiling = 0.97;
    private const double Floor = 0.08;
    private const double Ceiling = 0.60;

    public static IReadOnlyDictionary<string, RiskThreshold> Choose(IReadOnlyList<(CorpusRow Row, RiskScores Scores)> outOfFold) =>
        Choose(outOfFold, HighRecallTarget);

    public static IReadOnlyDictionary<string, RiskThreshold> Choose(IReadOnlyList<(CorpusRow Row, RiskScores Scores)> outOfFold, double highRecallTarget)
    {
        ArgumentNullException.ThrowIfNull(outOfFold);
        var thresholds = new Dictionary<string, RiskThreshold>(StringComparer.Ordinal);
        foreach (var category in SafetyCategories.All)
        {
            // Rows the model files under this category are the ones this threshold will decide.
            var filed = outOfFold.Where(s => s.Scores.Category == category).ToArray();
            var high = filed.Where(s => s.Row.Label == CorpusRow.High).Select(s => s.Scores.High).ToArray();
            var flagged = filed.Where(s => s.Row.Label != CorpusRow.None).Select(s => s.Scores.Flag).ToArray();
            var plain = filed.Where(s => s.Row.Category == CorpusRow.None).Select(s => s.Scores.Flag).ToArray();
            var highThreshold = Quantile(high, 1 - highRecallTarget, 0.35);
            // The check-in must not greet ordinary chat: at most about one plain message in thirty-three gets it.
            var concernThreshold = Math.Max(Quantile(flagged, 1 - FlagRecallTarget, 0.45), Quantile(plain, PlainFlagCeiling, Floor));
            thresholds[category] = new RiskThreshold(highThreshold, concernThreshold);
        }

        return thresholds;
    }

    /// <summary>The probability of concern-or-high below which not even the low band leans to the check-in: the
    /// median that plain harmless chat reaches is well under it.</summary>
    public static double LowBand(IReadOnlyList<(CorpusRow Row, RiskScores Scores)> outOfFold)
    {
        ArgumentNullException.ThrowIfNull(outOfFold);
        var plain = outOfFold.Where(s => s.Row.Category == CorpusRow.None).Select(s => s.Scores.Flag).ToArray();
        return Math.Clamp(Quantile(plain, 0.95, 0.2), 0.1, 0.4);
    }

    private static double Quantile(double[] values, double share, double fallback)
    {
        if (values.Length < 5)
        {
            return fallback;
        }

        Array.Sort(values);
        var index = (int)Math.Floor(share * (values.Length - 1));
        // Just under the value, so the row at the quantile itself is still caught.
        return Math.Clamp(values[index] - 1e-6, Floor, Ceiling);
    }
}
