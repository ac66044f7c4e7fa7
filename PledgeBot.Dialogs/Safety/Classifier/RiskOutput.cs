namespace PledgeBot.Dialogs.Safety.Classifier;

/// <summary>The two heads' probabilities, one slot per class in the order of the label keys the model's schema holds
/// (<see cref="RiskClassifier"/> reads them; ML.NET fills these by name).</summary>
public sealed class RiskOutput
{
#pragma warning disable CA1819 // ML.NET writes vector columns into arrays.
    public float[] RiskScore { get; set; } = [];

    public float[] CategoryScore { get; set; } = [];
#pragma warning restore CA1819
}
