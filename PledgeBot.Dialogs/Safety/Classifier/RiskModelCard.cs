using System.Text.Json;
using System.Text.Json.Serialization;
using PledgeBot.Dialogs.Ports;

namespace PledgeBot.Dialogs.Safety.Classifier;

/// <summary>What ships beside the model: the hash of the corpus it was trained on, the thresholds chosen on the
/// training part's out-of-fold scores, and the figures of the run (docs/safety.md quotes them).</summary>
public sealed record RiskModelCard
{
    public required string CorpusHash { get; init; }

    public required int TrainingRows { get; init; }

    public required IReadOnlyDictionary<string, RiskThreshold> Thresholds { get; init; }

    /// <summary>A probability of concern-or-high from which free text the bot did not understand gets the check-in
    /// rather than the plain "I'm a bot" reply.</summary>
    public required double LowBand { get; init; }

    /// <summary>A probability of plain chat from which a high reading of the risk head gets the gentle check-in instead
    /// of the crisis reply: the message reads as everyday talk ("em 15 tuổi", "còn đó không") to the topic head, so
    /// the young person is asked, not alarmed. Absent (a card written before the gate) means no gate.</summary>
    public double? PlainGate { get; init; }

    public IReadOnlyList<string> CrossValidation { get; init; } = [];

    /// <summary>A card without thresholds, for scoring while the thresholds are still being chosen.</summary>
    public static RiskModelCard Untuned { get; } = new()
    {
        CorpusHash = string.Empty,
        TrainingRows = 0,
        Thresholds = new Dictionary<string, RiskThreshold>(),
        LowBand = 0,
    };

    public RiskThreshold For(string category) =>
        Thresholds.TryGetValue(category, out var threshold) ? threshold : new RiskThreshold(0.5, 0.5);

    public static RiskModelCard Read(Stream json) =>
        JsonSerializer.Deserialize(json, RiskModelJsonContext.Default.RiskModelCard)
        ?? throw new InvalidDataException("The risk model card is empty.");

    public string ToJson() => JsonSerializer.Serialize(this, RiskModelJsonContext.Default.RiskModelCard) + "\n";

    /// <summary>The risk these thresholds give a message's scores.</summary>
    public RiskLevel Decide(RiskScores scores)
    {
        var threshold = For(scores.Category);
        return scores.High >= threshold.High ? (scores.Plain >= PlainGate ? RiskLevel.Concern : RiskLevel.High)
            : scores.Flag >= threshold.Concern ? RiskLevel.Concern
            : RiskLevel.None;
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(RiskModelCard))]
internal sealed partial class RiskModelJsonContext : JsonSerializerContext;
