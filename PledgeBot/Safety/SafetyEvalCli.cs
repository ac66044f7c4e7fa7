using System.Text;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Dialogs.Safety;
using PledgeBot.Dialogs.Safety.Classifier;

namespace PledgeBot.Safety;

/// <summary>`dotnet PledgeBot.dll safety-eval FILE.tsv|--frozen [--misses N] [--lexicon-only]`: runs the bot's own analyzer (classifier,
/// lexicon and any configured remote service) over labelled messages and prints recall per category, alerts on hard
/// negatives, the confusion matrix and the worst misses. Texts go to stdout only, never to a log.</summary>
public static class SafetyEvalCli
{
    public const string Command = "safety-eval";

    public static bool IsRequested(IReadOnlyList<string> args) => args is [Command, ..];

    public static async Task<int> RunAsync(IReadOnlyList<string> args, IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        IReadOnlyList<CorpusRow> rows;
        if (args is [_, "--frozen", ..])
        {
            rows = SafetyCorpus.Embedded().Where(r => r.IsFrozenTest).ToArray();
        }
        else if (args is [_, var path, ..] && File.Exists(path))
        {
            using var reader = new StreamReader(path, Encoding.UTF8);
            var file = SafetyCorpus.Parse(reader, Path.GetFileName(path));
            foreach (var problem in file.Problems)
            {
                output.WriteLine(problem);
            }

            rows = file.Rows;
        }
        else
        {
            output.WriteLine("usage: safety-eval FILE.tsv|--frozen [--misses N] [--lexicon-only]   (FILE: label<TAB>category<TAB>text per line)");
            return 2;
        }

        var analyzer = services.GetRequiredService<ITextAnalyzer>();
        var lexicon = args.Contains("--lexicon-only") ? services.GetRequiredService<LocalTextAnalyzer>().Lexicon() : null;
        var scored = new List<ScoredRow>(rows.Count);
        foreach (var row in rows)
        {
            if (lexicon is not null)
            {
                var verdict = lexicon.Read(row.Text);
                scored.Add(new ScoredRow(row, verdict.Risk, verdict.Categories, 0));
                continue;
            }

            var analysis = await analyzer.AnalyzeAsync(row.Text, null, cancellationToken);
            scored.Add(new ScoredRow(row, analysis.Risk, analysis.Categories, analysis.RiskScore));
        }

        var evaluation = new SafetyEvaluation(scored);
        foreach (var line in evaluation.Lines())
        {
            output.WriteLine(line);
        }

        var texts = rows.Select(row => row.Text).ToArray();
        foreach (var line in AnalysisCost.Lines(texts, services.GetRequiredService<LocalTextAnalyzer>(), services.GetRequiredService<RiskClassifier>()))
        {
            output.WriteLine(line);
        }

        var misses = int.TryParse(SafetyTrainCli.Option(args, "--misses"), out var count) ? count : 15;
        foreach (var line in evaluation.Misses(misses))
        {
            output.WriteLine(line);
        }

        return 0;
    }
}
