using System.Globalization;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Ports;

namespace PledgeBot.Dialogs.Safety.Classifier;

/// <summary>The figures of an analyzer on labelled rows: recall on high risk, concern noticed, alerts on hard
/// negatives, the confusion matrix and the worst misses. Texts appear only in <see cref="Misses"/>, for stdout.</summary>
public sealed record SafetyEvaluation(IReadOnlyList<ScoredRow> Rows)
{
    private static readonly RiskLevel[] s_levels = [RiskLevel.None, RiskLevel.Concern, RiskLevel.High];

    private IEnumerable<ScoredRow> High => Rows.Where(r => r.Row.Label == CorpusRow.High);

    private IEnumerable<ScoredRow> HardNegatives => Rows.Where(r => r.Row.IsHardNegative);

    /// <summary>Share of high-risk rows the analyzer called high.</summary>
    public double HighRecall => Share(High, r => r.Risk == RiskLevel.High);

    /// <summary>Share of high-risk rows the analyzer flagged at all (high or concern): help was offered.</summary>
    public double HighFlagged => Share(High, r => r.Risk != RiskLevel.None);

    public double ConcernNoticed => Share(Rows.Where(r => r.Row.Label == CorpusRow.Concern), r => r.Risk != RiskLevel.None);

    /// <summary>Share of hard negatives that interrupted the conversation (high).</summary>
    public double HardNegativeAlerts => Share(HardNegatives, r => r.Risk == RiskLevel.High);

    /// <summary>Share of hard negatives that got any reaction (high or the gentle check-in).</summary>
    public double HardNegativeFlags => Share(HardNegatives, r => r.Risk != RiskLevel.None);

    public double PlainFlags => Share(Rows.Where(r => r.Row.Category == CorpusRow.None), r => r.Risk != RiskLevel.None);

    /// <summary>Plain chat answered with the crisis reply rather than at most the check-in.</summary>
    public double PlainAlerts => Share(Rows.Where(r => r.Row.Category == CorpusRow.None), r => r.Risk == RiskLevel.High);

    /// <summary>Share of high-risk rows whose category the analyzer named.</summary>
    public double CategoryNamed => Share(High, r => r.Categories.Contains(r.Row.Category));

    public IEnumerable<string> Lines()
    {
        var c = CultureInfo.InvariantCulture;
        yield return string.Format(c, "rows {0}: high {1}, concern {2}, hard negatives {3}, plain {4}", Rows.Count, High.Count(),
            Rows.Count(r => r.Row.Label == CorpusRow.Concern), HardNegatives.Count(), Rows.Count(r => r.Row.Category == CorpusRow.None));
        yield return string.Format(c, "high recall {0:P1} (flagged at all {1:P1}); category named {2:P1}; concern noticed {3:P1}", HighRecall, HighFlagged, CategoryNamed, ConcernNoticed);
        yield return string.Format(c, "hard negatives: alerts (high) {0:P1}, any flag {1:P1}; plain chat flagged {2:P1} (alerts {3:P1})", HardNegativeAlerts, HardNegativeFlags, PlainFlags, PlainAlerts);
        yield return "category             high-recall  concern-noticed  hard-neg-alerts  hard-neg-flags";
        foreach (var category in SafetyCategories.All)
        {
            var own = Rows.Where(r => r.Row.Category == category).ToArray();
            yield return string.Format(c, "{0,-20} {1,11}  {2,15}  {3,15}  {4,14}", category,
                Ratio(own.Where(r => r.Row.Label == CorpusRow.High), r => r.Risk == RiskLevel.High),
                Ratio(own.Where(r => r.Row.Label == CorpusRow.Concern), r => r.Risk != RiskLevel.None),
                Ratio(own.Where(r => r.Row.IsHardNegative), r => r.Risk == RiskLevel.High),
                Ratio(own.Where(r => r.Row.IsHardNegative), r => r.Risk != RiskLevel.None));
        }

        yield return "confusion (rows: label; columns: verdict none / concern / high)";
        foreach (var label in CorpusRow.Labels)
        {
            var counts = s_levels.Select(level => Rows.Count(r => r.Row.Label == label && r.Risk == level).ToString(c).PadLeft(7));
            yield return $"{label,-8}{string.Concat(counts)}";
        }
    }

    /// <summary>The high-risk rows the analyzer called none, lowest score first, then the hard negatives it alerted
    /// on, highest first: for a person to read on stdout, never for a log.</summary>
    public IEnumerable<string> Misses(int count)
    {
        var c = CultureInfo.InvariantCulture;
        foreach (var miss in High.Where(r => r.Risk != RiskLevel.High).OrderBy(r => r.HighScore).Take(count))
        {
            yield return string.Format(c, "missed high ({0}, verdict {1}, p={2:F2}): {3}", miss.Row.Category, miss.Risk.ToString().ToLowerInvariant(), miss.HighScore, miss.Row.Text);
        }

        foreach (var alarm in HardNegatives.Where(r => r.Risk == RiskLevel.High).OrderByDescending(r => r.HighScore).Take(count))
        {
            yield return string.Format(c, "false alarm ({0}, p={1:F2}): {2}", alarm.Row.Category, alarm.HighScore, alarm.Row.Text);
        }
    }

    private static double Share(IEnumerable<ScoredRow> rows, Func<ScoredRow, bool> hit)
    {
        var all = rows.ToArray();
        return all.Length == 0 ? 0 : (double)all.Count(hit) / all.Length;
    }

    private static string Ratio(IEnumerable<ScoredRow> rows, Func<ScoredRow, bool> hit)
    {
        var all = rows.ToArray();
        return all.Length == 0 ? "-" : string.Format(CultureInfo.InvariantCulture, "{0}/{1} {2:P0}", all.Count(hit), all.Length, (double)all.Count(hit) / all.Length);
    }
}
