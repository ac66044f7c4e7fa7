using System.Diagnostics;
using System.Globalization;
using PledgeBot.Dialogs.Safety;
using PledgeBot.Dialogs.Safety.Classifier;

namespace PledgeBot.Safety;

/// <summary>What the local analysis costs per message, and its parts: after an untimed warm-up of every part, each is run
/// three times over the messages and the last pass timed, once tiered compilation has optimised the hot code.</summary>
public static class AnalysisCost
{
    private const int Passes = 3;

    public static IEnumerable<string> Lines(IReadOnlyList<string> texts, LocalTextAnalyzer local, RiskClassifier classifier)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(local);
        ArgumentNullException.ThrowIfNull(classifier);
        if (texts.Count == 0)
        {
            yield break;
        }

        Action<string>[] parts =
        [
            text => local.Analyze(text, null),
            text => classifier.Score(text),
            text => local.Lexicon().Read(text),
            text =>
            {
                LocalTextAnalyzer.GuessLanguage(text, null);
                PiiRedactor.Redact(text);
            },
        ];

        // Tiered compilation optimises hot code in the background, in stages, on a busy machine seconds after it first
        // runs: every part is first run untimed as it will be timed, so the whole (timed first) runs on the same code as
        // its parts.
        foreach (var part in parts)
        {
            Time(texts, part);
        }

        var whole = Time(texts, parts[0]);
        var model = Time(texts, parts[1]);
        var lexicon = Time(texts, parts[2]);
        var rest = Time(texts, parts[3]);
        var c = CultureInfo.InvariantCulture;
        yield return string.Format(c, "local analysis per message: median {0:F0} µs, p90 {1:F0} µs, p99 {2:F0} µs ({3} messages)",
            At(whole, 0.5), At(whole, 0.9), At(whole, 0.99), whole.Length);
        yield return string.Format(c, "  of which the classifier: median {0:F0} µs, p90 {1:F0} µs; the lexicon: median {2:F0} µs, p90 {3:F0} µs",
            At(model, 0.5), At(model, 0.9), At(lexicon, 0.5), At(lexicon, 0.9));
        yield return string.Format(c, "  language guess and redaction: median {0:F0} µs", At(rest, 0.5));
    }

    private static double[] Time(IReadOnlyList<string> texts, Action<string> work)
    {
        var micros = new double[texts.Count];
        for (var pass = 0; pass < Passes; pass++)
        {
            for (var i = 0; i < texts.Count; i++)
            {
                var started = Stopwatch.GetTimestamp();
                work(texts[i]);
                micros[i] = Stopwatch.GetElapsedTime(started).TotalMicroseconds;
            }
        }

        Array.Sort(micros);
        return micros;
    }

    private static double At(double[] sorted, double share) => sorted[(int)(share * (sorted.Length - 1))];
}
