namespace PledgeBot.Dialogs.Safety.Classifier;

/// <summary>The two heads' probabilities, in the order of <see cref="RiskModelTrainer.RiskClasses"/> and
/// <see cref="RiskModelTrainer.CategoryClasses"/> (ML.NET fills these by name).</summary>
public sealed class RiskOutput
{
#pragma warning disable CA1819 // ML.NET writes vector columns into arrays.
    public float[] RiskScore { get; set; } = [];

    public float[] CategoryScore { get; set; } = [];
#pragma warning restore CA1819
}
