using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Dialogs.Safety;

namespace PledgeBot.Safety;

/// <summary>Azure AI Language with the local lexicon: the service detects the language, redacts personal data and
/// reads the sentiment; the lexicon names the risk (the service has no category for grooming or "online kidnapping").
/// Within a time budget per message; on a timeout, 401/403, 429 or 5xx the local analyzer answers that message, and a
/// run of failures rests the service for a while.</summary>
public sealed class AzureTextAnalyzer(
    AzureLanguageClient client,
    LocalTextAnalyzer local,
    LanguageServiceBreaker breaker,
    IOptions<AzureLanguageOptions> options,
    ILogger<AzureTextAnalyzer> logger) : ITextAnalyzer
{
    private const double DetectionConfidence = 0.9;

    public async Task<TextAnalysis> AnalyzeAsync(string text, string? locale, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var baseline = await local.AnalyzeAsync(text, locale, cancellationToken);
        if (breaker.IsOpen)
        {
            breaker.CountFallback();
            logger.BreakerOpen();
            return baseline;
        }

        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(options.Value.BudgetMilliseconds);
        try
        {
            var detection = client.AnalyzeAsync(AzureLanguageClient.LanguageDetection, text, baseline.Language, budget.Token);
            var pii = client.AnalyzeAsync(AzureLanguageClient.PiiEntityRecognition, text, baseline.Language, budget.Token);
            var sentiment = client.AnalyzeAsync(AzureLanguageClient.SentimentAnalysis, text, baseline.Language, budget.Token);
            await Task.WhenAll(detection, pii, sentiment);
            breaker.Succeeded();
            return Combine(baseline, await detection, await pii, await sentiment);
        }
        catch (Exception exception) when (IsServiceFailure(exception) && !cancellationToken.IsCancellationRequested)
        {
            breaker.Failed((exception as LanguageServiceException)?.RetryAfter);
            breaker.CountFallback();
            logger.FellBack(Reason(exception));
            return baseline;
        }
    }

    private TextAnalysis Combine(TextAnalysis baseline, LanguageDocumentResult detection, LanguageDocumentResult pii, LanguageDocumentResult sentiment)
    {
        var language = baseline.Language;
        if (Document(AzureLanguageClient.LanguageDetection, detection) is { } detected
            && detected.TryGetProperty("detectedLanguage", out var found)
            && found.TryGetProperty("iso6391Name", out var iso) && iso.GetString() is "vi" or "en"
            && found.TryGetProperty("confidenceScore", out var confidence) && confidence.GetDouble() >= DetectionConfidence)
        {
            language = iso.GetString()!;
        }

        // The service's mask, then ours on top: a format it does not know (a Zalo link, a bank number) is still covered.
        var redacted = Document(AzureLanguageClient.PiiEntityRecognition, pii) is { } entities
            && entities.TryGetProperty("redactedText", out var masked) && masked.GetString() is { } maskedText
            ? PiiRedactor.Redact(maskedText)
            : baseline.RedactedText;

        var risk = baseline.Risk;
        if (risk == RiskLevel.None && Document(AzureLanguageClient.SentimentAnalysis, sentiment) is { } feeling
            && feeling.TryGetProperty("confidenceScores", out var scores) && scores.TryGetProperty("negative", out var negative)
            && negative.GetDouble() >= options.Value.SentimentConcernScore)
        {
            risk = RiskLevel.Concern;
        }

        return baseline with { Language = language, Risk = risk, RedactedText = redacted };
    }

    private JsonElement? Document(string kind, LanguageDocumentResult result)
    {
        if (result.ErrorCode is { } code)
        {
            logger.DocumentFailed(kind, code);
        }

        return result.Document;
    }

    private static bool IsServiceFailure(Exception exception) =>
        exception is LanguageServiceException or OperationCanceledException or HttpRequestException or JsonException
            or Azure.RequestFailedException or Azure.Identity.AuthenticationFailedException or Azure.Identity.CredentialUnavailableException;

    private static string Reason(Exception exception) => exception switch
    {
        LanguageServiceException { Status: 401 or 403 } failure => $"unauthorized {failure.Status}",
        LanguageServiceException { Status: 429 } failure => $"throttled, retry after {failure.RetryAfter?.TotalSeconds ?? 0} s",
        LanguageServiceException failure => $"status {failure.Status}",
        OperationCanceledException => "time budget spent",
        _ => exception.GetType().Name,
    };
}
