using System.Text.Json.Serialization.Metadata;

namespace PledgeBot.Dialogs.Safety.Classifier;

/// <summary>The model card's JSON shape, for the training command that writes it.</summary>
public static class RiskModelCards
{
    public static JsonTypeInfo<RiskModelCard> Json => RiskModelJsonContext.Default.RiskModelCard;
}
