using System.Text.Json;
using Microsoft.Extensions.Logging;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Dialogs.Safety;

namespace PledgeBot.Safety;

/// <summary>The three analyze-text results Azure AI Language gives for one message, and what they change in the local
/// verdict: the language when the service is sure, the redaction, and a very negative sentiment as a check-in.</summary>
public sealed record LanguageReading(LanguageDocumentResult Detection, LanguageDocumentResult Pii, LanguageDocumentResult Sentiment)
{
    private const double DetectionConfidence = 0.9;

    public TextAnalysis Apply(TextAnalysis baseline, double sentimentConcernScore, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        var language = baseline.Language;
        if (Document(AzureLanguageClient.LanguageDetection, Detection, logger) is { } detected
            && detected.TryGetProperty("detectedLanguage", out var found)
            && found.TryGetProperty("iso6391Name", out var iso) && iso.GetString() is "vi" or "en"
            && found.TryGetProperty("confidenceScore", out var confidence) && confidence.GetDouble() >= DetectionConfidence)
        {
            language = iso.GetString()!;
        }

        // The service's mask, then ours on top: a format it does not know (a Zalo link, a bank number) is still covered.
        var redacted = Document(AzureLanguageClient.PiiEntityRecognition, Pii, logger) is { } entities
            && entities.TryGetProperty("redactedText", out var masked) && masked.GetString() is { } maskedText
            ? PiiRedactor.Redact(maskedText)
            : baseline.RedactedText;

        var risk = baseline.Risk;
        if (risk == RiskLevel.None && Document(AzureLanguageClient.SentimentAnalysis, Sentiment, logger) is { } feeling
            && feeling.TryGetProperty("confidenceScores", out var scores) && scores.TryGetProperty("negative", out var negative)
            && negative.GetDouble() >= sentimentConcernScore)
        {
            risk = RiskLevel.Concern;
        }

        return baseline with { Language = language, Risk = risk, RedactedText = redacted };
    }

    private static JsonElement? Document(string kind, LanguageDocumentResult result, ILogger logger)
    {
        if (result.ErrorCode is { } code)
        {
            logger.DocumentFailed(kind, code);
        }

        return result.Document;
    }
}
