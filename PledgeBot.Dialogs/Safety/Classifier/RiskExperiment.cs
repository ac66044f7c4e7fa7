using System.Globalization;
using Microsoft.ML;

namespace PledgeBot.Dialogs.Safety.Classifier;

/// <summary>Compares settings on one fold of the training part (never the frozen split): the share of hard negatives
/// that alert at the threshold that finds 95 % and 90 % of high-risk messages, and the ranking quality (AUC) of the
/// probability of high between the two.</summary>
public static class RiskExperiment
{
    public static IEnumerable<string> Run(IReadOnlyList<CorpusRow> corpus, RiskModelSettings settings)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var training = corpus.Where(r => !r.IsFrozenTest).ToArray();
        var ml = new MLContext(RiskModelTrainer.Seed);
        var classifier = new RiskClassifier(RiskModelTrainer.Train(ml, training.Where(r => r.Fold != 0), settings), RiskModelCard.Untuned);
        var held = training.Where(r => r.Fold == 0).Select(r => (Row: r, Scores: classifier.Score(r.Text))).ToArray();
        var high = held.Where(h => h.Row.Label == CorpusRow.High).Select(h => h.Scores.High).Order().ToArray();
        var negatives = held.Where(h => h.Row.IsHardNegative).Select(h => h.Scores.High).ToArray();
        var c = CultureInfo.InvariantCulture;
        yield return string.Format(c, "{0}: AUC high vs hard negatives {1:F3}", settings, Auc(high, negatives));
        foreach (var recall in new[] { 0.95, 0.9, 0.85 })
        {
            var threshold = high[(int)Math.Floor((1 - recall) * (high.Length - 1))];
            yield return string.Format(c, "  recall {0:P0} at p>={1:F3}: hard-negative alerts {2:P1}", recall, threshold, (double)negatives.Count(n => n >= threshold) / negatives.Length);
        }

        if (Environment.GetEnvironmentVariable("PB_SHOW") is not null)
        {
            foreach (var (row, scores) in held.Where(h => h.Row.IsHardNegative).OrderByDescending(h => h.Scores.High).Take(30))
            {
                yield return string.Format(c, "  alarm p={0:F2} {1}/{2}: {3}", scores.High, row.Category, scores.Category, row.Text);
            }

            foreach (var (row, scores) in held.Where(h => h.Row.Label == CorpusRow.High).OrderBy(h => h.Scores.High).Take(20))
            {
                yield return string.Format(c, "  miss p={0:F2} {1}/{2}: {3}", scores.High, row.Category, scores.Category, row.Text);
            }
        }

        var positives = held.Where(h => h.Row.Label != CorpusRow.None).ToArray();
        yield return string.Format(c, "  category right on concern+high {0:P1}", (double)positives.Count(p => p.Scores.Category == p.Row.Category) / positives.Length);
    }

    private static double Auc(double[] positives, double[] negatives)
    {
        var wins = 0.0;
        foreach (var p in positives)
        {
            foreach (var n in negatives)
            {
                wins += p > n ? 1 : p == n ? 0.5 : 0;
            }
        }

        return wins / (positives.Length * (double)negatives.Length);
    }
}
