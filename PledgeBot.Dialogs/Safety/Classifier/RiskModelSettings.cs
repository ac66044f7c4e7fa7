using System.Globalization;

namespace PledgeBot.Dialogs.Safety.Classifier;

/// <summary>The choices of featurisation and trainer, fixed for the shipped model; the training command's
/// <c>--experiment</c> reads others from the environment to compare them on one fold of the training part.</summary>
public sealed record RiskModelSettings(int WordNgrams, int CharNgrams, bool Lbfgs, float L2, float L1, int Iterations, bool Concepts = true)
{
    public static RiskModelSettings Shipped { get; } = new(WordNgrams: 2, CharNgrams: 4, Lbfgs: true, L2: 0.1f, L1: 0, Iterations: 60);

    public static RiskModelSettings FromEnvironment() => new(
        Int("PB_WORD", Shipped.WordNgrams),
        Int("PB_CHAR", Shipped.CharNgrams),
        Environment.GetEnvironmentVariable("PB_TRAINER") == "lbfgs",
        Float("PB_L2", Shipped.L2),
        Float("PB_L1", Shipped.L1),
        Int("PB_ITER", Shipped.Iterations),
        Environment.GetEnvironmentVariable("PB_CONCEPTS") != "0");

    private static int Int(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), CultureInfo.InvariantCulture, out var value) ? value : fallback;

    private static float Float(string name, float fallback) =>
        float.TryParse(Environment.GetEnvironmentVariable(name), CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
