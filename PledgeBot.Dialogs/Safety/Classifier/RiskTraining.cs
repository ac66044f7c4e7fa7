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
            var classifier = new RiskClassifier(model, Placeholder());
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
        };
        var crossValidation = new SafetyEvaluation(outOfFold.Select(s => Scored(s.Row, s.Scores, card)).ToArray());
        var final = RiskModelTrainer.Train(ml, training);
        progress.WriteLine("final model trained");
        return (final, card with { CrossValidation = crossValidation.Lines().ToArray() }, crossValidation);
    }

    public static ScoredRow Scored(CorpusRow row, RiskScores scores, RiskModelCard card)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(card);
        var risk = card.Decide(scores);
        return new ScoredRow(row, risk, risk == Ports.RiskLevel.None ? [] : [scores.Category], scores.High);
    }

    private static RiskModelCard Placeholder() => new()
    {
        CorpusHash = string.Empty,
        TrainingRows = 0,
        Thresholds = new Dictionary<string, RiskThreshold>(),
        LowBand = 0,
    };
}
