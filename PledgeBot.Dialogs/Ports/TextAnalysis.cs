namespace PledgeBot.Dialogs.Ports;

/// <summary>What an analyzer found in one message; <see cref="RedactedText"/> is the only form that may be logged.</summary>
public sealed record TextAnalysis(string Language, RiskLevel Risk, IReadOnlyList<string> Categories, string RedactedText)
{
    public static TextAnalysis Nothing(string language) => new(language, RiskLevel.None, [], string.Empty);
}
