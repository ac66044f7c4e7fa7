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

        // The local analyzer's own cost per message (lexicon, classifier, redaction), after warm-up passes.
        var local = services.GetRequiredService<LocalTextAnalyzer>();
        var micros = new List<double>(rows.Count);
        // Three passes, the last one kept: tiered compilation has optimised the hot code by then.
        foreach (var row in rows.Concat(rows).Concat(rows))
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            local.Analyze(row.Text, null);
            micros.Add(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMicroseconds);
        }

        micros = [.. micros.Skip(2 * rows.Count).Order()];
        var classifier = services.GetRequiredService<RiskClassifier>();
        var model = new List<double>(rows.Count);
        foreach (var row in rows)
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            classifier.Score(row.Text);
            model.Add(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMicroseconds);
        }

        model.Sort();
        var words = new List<double>(rows.Count);
        foreach (var row in rows)
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            local.Lexicon().Read(row.Text);
            words.Add(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMicroseconds);
        }

        words.Sort();
        var rest = new List<double>(rows.Count);
        foreach (var row in rows)
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            LocalTextAnalyzer.GuessLanguage(row.Text, null);
            PiiRedactor.Redact(row.Text);
            rest.Add(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMicroseconds);
        }

        rest.Sort();
        var evaluation = new SafetyEvaluation(scored);
        foreach (var line in evaluation.Lines())
        {
            output.WriteLine(line);
        }

        if (micros.Count > 0)
        {
            output.WriteLine(string.Format(System.Globalization.CultureInfo.InvariantCulture,
                "local analysis per message: median {0:F0} µs, p90 {1:F0} µs, p99 {2:F0} µs ({3} messages)",
                micros[micros.Count / 2], micros[micros.Count * 9 / 10], micros[micros.Count * 99 / 100], micros.Count));
            output.WriteLine(string.Format(System.Globalization.CultureInfo.InvariantCulture,
                "  of which the classifier: median {0:F0} µs, p90 {1:F0} µs; the lexicon: median {2:F0} µs, p90 {3:F0} µs",
                model[model.Count / 2], model[model.Count * 9 / 10], words[words.Count / 2], words[words.Count * 9 / 10]));
            output.WriteLine(string.Format(System.Globalization.CultureInfo.InvariantCulture,
                "  language guess and redaction: median {0:F0} µs", rest[rest.Count / 2]));
        }

        var misses = int.TryParse(SafetyTrainCli.Option(args, "--misses"), out var count) ? count : 15;
        foreach (var line in evaluation.Misses(misses))
        {
            output.WriteLine(line);
        }

        return 0;
    }
}
