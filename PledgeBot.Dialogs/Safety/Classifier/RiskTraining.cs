using Microsoft.ML;

namespace PledgeBot.Dialogs.Safety.Classifier;

/// <summary>One training run on the training part of the corpus: 5-fold cross-validation gives out-of-fold scores,
/// the thresholds are chosen on them, the figures of the folds are kept, and the final model is trained on the whole
/// training part. The frozen test split is left out before anything else happens.</summary>
public static class RiskTraining
{
    public const int Folds = 5;

    public static (ITransformer Model, RiskModelCard Card, SafetyEvaluation CrossValidation) Run(IReadOnlyList<CorpusRow> corpus, TextWriter progress)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(progress);
        var training = corpus.Where(r => !r.IsFrozenTest).ToArray();
        var ml = new MLContext(RiskModelTrainer.Seed);
        var outOfFold = new List<(CorpusRow Row, RiskScores Scores)>();
        for (var fold = 0; fold < Folds; fold++)
        {
            var model = RiskModelTrainer.Train(ml, training.Where(r => r.Fold != fold));
            var classifier = new RiskClassifier(model, RiskModelCard.Untuned);
            outOfFold.AddRange(training.Where(r => r.Fold == fold).Select(r => (r, classifier.Score(r.Text))));
            progress.WriteLine($"fold {fold + 1}/{Folds} trained");
        }

        var thresholds = ThresholdChoice.Choose(outOfFold);
        var card = new RiskModelCard
        {
            CorpusHash = SafetyCorpus.TrainingHash(corpus),
            TrainingRows = training.Length,
            Thresholds = thresholds,
            LowBand = ThresholdChoice.LowBand(outOfFold),
            PlainGate = ThresholdChoice.PlainGate,
        };
        var crossValidation = new SafetyEvaluation(outOfFold.Select(s => Scored(s.Row, s.Scores, card)).ToArray());
        var tradeOff = new List<string> { "recall target -> cross-validated high recall / hard-negative alerts / plain chat flagged" };
        foreach (var target in new[] { 0.80, 0.85, 0.90, 0.93, 0.95, 0.97 })
        {
            var trial = card with { Thresholds = ThresholdChoice.Choose(outOfFold, target) };
            var figures = new SafetyEvaluation(outOfFold.Select(s => Scored(s.Row, s.Scores, trial)).ToArray());
            tradeOff.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0:P0} -> {1:P1} / {2:P1} / {3:P1}", target, figures.HighRecall, figures.HardNegativeAlerts, figures.PlainFlags));
        }

        var final = RiskModelTrainer.Train(ml, training);
        progress.WriteLine("final model trained");
        return (final, card with { CrossValidation = [.. crossValidation.Lines(), .. tradeOff] }, crossValidation);
    }

    public static ScoredRow Scored(CorpusRow row, RiskScores scores, RiskModelCard card)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(card);
        var risk = card.Decide(scores);
        return new ScoredRow(row, risk, risk == Ports.RiskLevel.None ? [] : [scores.Category], scores.High);
    }
}
