using Microsoft.ML;
using PledgeBot.Dialogs.Safety.Classifier;

namespace PledgeBot.Safety;

/// <summary>`dotnet PledgeBot.dll safety-train [--corpus DIR] [--out DIR] [--misses N]`: checks the labelled corpus, trains the
/// classifier on its training part (cross-validated, thresholds chosen on the folds) and writes the model and its
/// card where the build embeds them; `--misses N` also prints the worst out-of-fold misses and false alarms of the
/// training part (texts on stdout only). The frozen test split's figures are printed after training, for the record only.</summary>
public static class SafetyTrainCli
{
    public const string Command = "safety-train";
    public const string CorpusFolder = "PledgeBot.Dialogs/Safety/Corpus";
    public const string ModelFolder = "PledgeBot.Dialogs/Safety/Model";

    public static bool IsRequested(IReadOnlyList<string> args) => args is [Command, ..];

    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var corpusDirectory = Option(args, "--corpus") ?? FindInRepository(CorpusFolder);
        var modelDirectory = Option(args, "--out") ?? FindInRepository(ModelFolder);
        if (corpusDirectory is null || modelDirectory is null)
        {
            output.WriteLine($"safety-train: run it inside the repository or give --corpus DIR and --out DIR ({CorpusFolder}, {ModelFolder}).");
            return 2;
        }

        var corpus = SafetyCorpus.Load(corpusDirectory);
        if (corpus.Problems.Count > 0)
        {
            foreach (var problem in corpus.Problems)
            {
                output.WriteLine(problem);
            }

            output.WriteLine($"safety-train: {corpus.Problems.Count} problems in the corpus; nothing was trained.");
            return 1;
        }

        if (args.Contains("--experiment"))
        {
            foreach (var line in RiskExperiment.Run(corpus.Rows, RiskModelSettings.FromEnvironment()))
            {
                output.WriteLine(line);
            }

            return 0;
        }

        var (model, card, crossValidation) = RiskTraining.Run(corpus.Rows, output);
        var ml = new MLContext(RiskModelTrainer.Seed);
        Directory.CreateDirectory(modelDirectory);
        using (var file = File.Create(Path.Combine(modelDirectory, "risk-model.zip")))
        {
            ml.Model.Save(model, RiskModelTrainer.Schema(ml), file);
        }

        File.WriteAllText(Path.Combine(modelDirectory, "risk-model.json"), card.ToJson());
        output.WriteLine($"trained on {card.TrainingRows} rows; corpus {card.CorpusHash[..12]}; wrote {modelDirectory}");
        output.WriteLine("5-fold cross-validation on the training part:");
        foreach (var line in card.CrossValidation)
        {
            output.WriteLine("  " + line);
        }

        if (int.TryParse(Option(args, "--misses"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var misses) && misses > 0)
        {
            output.WriteLine("out-of-fold misses and false alarms of the training part:");
            foreach (var line in crossValidation.Misses(misses))
            {
                output.WriteLine("  " + line);
            }
        }

        using var stream = File.OpenRead(Path.Combine(modelDirectory, "risk-model.zip"));
        var trained = new RiskClassifier(ml.Model.Load(stream, out _), card);
        var frozen = new SafetyEvaluation(corpus.Rows.Where(r => r.IsFrozenTest)
            .Select(r => RiskTraining.Scored(r, trained.Score(r.Text), card)).ToArray());
        output.WriteLine("frozen test split, classifier alone (not used for any choice):");
        foreach (var line in frozen.Lines())
        {
            output.WriteLine("  " + line);
        }

        return 0;
    }

    internal static string? Option(IReadOnlyList<string> args, string name)
    {
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (args[i] == name)
            {
                return args[i + 1];
            }
        }

        return null;
    }

    private static string? FindInRepository(string relative)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, relative);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
