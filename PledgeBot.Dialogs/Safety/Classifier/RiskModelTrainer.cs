using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;
using Microsoft.ML.Transforms.Text;

namespace PledgeBot.Dialogs.Safety.Classifier;

/// <summary>Trains the classifier: word 1–2-grams and character 1–4-grams of the folded text, word 1–2-grams of the
/// original, and the word classes of the message with their pairs (<see cref="RiskConcepts"/>), into two linear maximum-entropy heads (risk: none/concern/high; category: none and the seven
/// categories). One thread and a fixed seed, so the same corpus gives the same model.</summary>
public static class RiskModelTrainer
{
    public const int Seed = 20261202;

    public static ITransformer Train(MLContext ml, IEnumerable<CorpusRow> rows, RiskModelSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(ml);
        ArgumentNullException.ThrowIfNull(rows);
        var data = ml.Data.LoadFromEnumerable(rows.Select(RiskInput.From).ToList());
        return Pipeline(ml, settings ?? RiskModelSettings.Shipped).Fit(data);
    }

    public static DataViewSchema Schema(MLContext ml)
    {
        ArgumentNullException.ThrowIfNull(ml);
        return ml.Data.LoadFromEnumerable(Array.Empty<RiskInput>()).Schema;
    }

    private static EstimatorChain<ColumnCopyingTransformer> Pipeline(MLContext ml, RiskModelSettings settings)
    {
        var folded = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.None,
            KeepDiacritics = true,
            KeepNumbers = true,
            KeepPunctuations = false,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = settings.WordNgrams, UseAllLengths = true },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = settings.CharNgrams, UseAllLengths = true },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        var original = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.None,
            KeepDiacritics = true,
            KeepNumbers = true,
            KeepPunctuations = true,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            CharFeatureExtractor = null,
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        var concepts = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.None,
            KeepDiacritics = true,
            KeepNumbers = true,
            KeepPunctuations = true,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 1, UseAllLengths = true },
            CharFeatureExtractor = null,
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        var byValue = ValueToKeyMappingEstimator.KeyOrdinality.ByValue;
        return ml.Transforms.Text.FeaturizeText("FoldedFeatures", folded, nameof(RiskInput.Folded))
            .Append(ml.Transforms.Text.FeaturizeText("OriginalFeatures", original, nameof(RiskInput.Original)))
            .Append(ml.Transforms.Text.FeaturizeText("ConceptFeatures", concepts, nameof(RiskInput.Concepts)))
            .Append(settings.Concepts
                ? ml.Transforms.Concatenate("Features", "FoldedFeatures", "OriginalFeatures", "ConceptFeatures")
                : ml.Transforms.Concatenate("Features", "FoldedFeatures", "OriginalFeatures"))
            .Append(ml.Transforms.Conversion.MapValueToKey("RiskKey", nameof(RiskInput.Risk), keyOrdinality: byValue))
            .Append(Head(ml, settings, "RiskKey"))
            .Append(ml.Transforms.CopyColumns(nameof(RiskOutput.RiskScore), "Score"))
            .Append(ml.Transforms.Conversion.MapValueToKey("CategoryKey", nameof(RiskInput.Category), keyOrdinality: byValue))
            .Append(Head(ml, settings, "CategoryKey"))
            .Append(ml.Transforms.CopyColumns(nameof(RiskOutput.CategoryScore), "Score"));
    }

    private static IEstimator<ITransformer> Head(MLContext ml, RiskModelSettings settings, string label) => settings.Lbfgs
        ? ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = label,
            FeatureColumnName = "Features",
            NumberOfThreads = 1,
            L2Regularization = settings.L2,
            L1Regularization = settings.L1,
        })
        : ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = label,
            FeatureColumnName = "Features",
            NumberOfThreads = 1,
            L2Regularization = settings.L2,
            MaximumNumberOfIterations = settings.Iterations,
        });
}
