namespace PledgeBot.Dialogs.Ports;

/// <summary>Language, risk and personal-data redaction for one message.</summary>
public interface ITextAnalyzer
{
    Task<TextAnalysis> AnalyzeAsync(string text, string? locale, CancellationToken cancellationToken);
}
