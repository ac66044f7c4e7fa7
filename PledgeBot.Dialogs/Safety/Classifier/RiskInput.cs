namespace PledgeBot.Dialogs.Safety.Classifier;

/// <summary>One message as the model reads it (ML.NET binds these properties by name).</summary>
public sealed class RiskInput
{
    public string Folded { get; set; } = string.Empty;

    public string Original { get; set; } = string.Empty;

    public string Concepts { get; set; } = string.Empty;

    public string Risk { get; set; } = CorpusRow.None;

    public string Category { get; set; } = CorpusRow.None;

    public static RiskInput From(string text)
    {
        var folded = RiskText.Folded(text);
        return new() { Folded = folded, Original = RiskText.Original(text), Concepts = RiskConcepts.Of(folded) };
    }

    public static RiskInput From(CorpusRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var folded = RiskText.Folded(row.Text);
        return new()
        {
            Folded = folded,
            Concepts = RiskConcepts.Of(folded),
            Original = RiskText.Original(row.Text),
            Risk = row.Label,
            // The category head learns the topic, hard negatives included; the risk head learns whether it is danger.
            Category = row.Category,
        };
    }
}
