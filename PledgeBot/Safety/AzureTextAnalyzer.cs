using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Dialogs.Safety;

namespace PledgeBot.Safety;

/// <summary>The local analyzer's verdict, improved by whichever Azure services are configured, all at once within one
/// time budget per message. Azure AI Language detects the language, redacts personal data and reads the sentiment;
/// Azure AI Content Safety gives a second opinion on risk (<see cref="ContentSafetyVerdict"/>); the local analyzer
/// names the risks neither service knows (grooming, "online kidnapping"). A timeout, 401/403, 429, 5xx or unreadable
/// answer leaves that service's part to the local analyzer, and a run of failures rests that service for a while.</summary>
public sealed class AzureTextAnalyzer(
    LocalTextAnalyzer local,
    IOptions<AzureLanguageOptions> options,
    ILogger<AzureTextAnalyzer> logger,
    RemoteService<AzureLanguageClient>? language = null,
    RemoteService<ContentSafetyClient>? contentSafety = null) : ITextAnalyzer
{
    public async Task<TextAnalysis> AnalyzeAsync(string text, string? locale, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var baseline = await local.AnalyzeAsync(text, locale, cancellationToken);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(options.Value.Budget);

        var reading = CallAsync(language, (client, token) => ReadAsync(client, text, baseline.Language, token), budget.Token, cancellationToken);

        // Content Safety needs the words, not the phone numbers: it gets the redacted text (Decree 13/2023).
        var screening = string.IsNullOrWhiteSpace(text)
            ? Task.FromResult<ContentSafetySeverities?>(null)
            : CallAsync(contentSafety, (client, token) => client.AnalyzeAsync(PiiRedactor.Redact(text), token), budget.Token, cancellationToken);
        await Task.WhenAll(reading, screening);

        var analysis = await reading is { } documents ? documents.Apply(baseline, options.Value.SentimentConcernScore, logger) : baseline;
        if (await screening is not { } severities)
        {
            return analysis;
        }

        var merged = ContentSafetyVerdict.Merge(analysis, severities);
        if (merged.Risk != analysis.Risk)
        {
            logger.ContentSafetyRaised(analysis.Risk.ToString(), merged.Risk.ToString(), string.Join(',', merged.Categories));
        }

        return merged;
    }

    private async Task<T?> CallAsync<TClient, T>(
        RemoteService<TClient>? service, Func<TClient, CancellationToken, Task<T>> call, CancellationToken budget, CancellationToken cancellationToken)
        where TClient : class
        where T : class
    {
        if (service is null)
        {
            return null;
        }

        // A child of the turn span; the HTTP call under it comes from the HttpClient instrumentation.
        using var span = Observability.PledgeBotTelemetry.Source.StartActivity(service.Name);
        if (service.Breaker.IsOpen)
        {
            Observability.HostMetrics.RemoteCall(service.Name, "breaker-open");
            service.Breaker.CountFallback();
            logger.BreakerOpen(service.Name);
            return null;
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            // WaitAsync keeps the budget even if a credential or a socket ignores the token.
            var result = await call(service.Client, budget).WaitAsync(budget);
            service.Breaker.Succeeded();
            Observability.HostMetrics.RemoteCall(service.Name, "answered");
            logger.ServiceAnswered(service.Name, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return result;
        }
        catch (Exception exception) when (IsServiceFailure(exception) && !cancellationToken.IsCancellationRequested)
        {
            var (_, retryAfter) = Failure(exception);
            service.Breaker.Failed(retryAfter);
            Observability.HostMetrics.RemoteCall(service.Name, "fell-back");
            span?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, Reason(exception));
            service.Breaker.CountFallback();
            logger.FellBack(service.Name, Reason(exception), (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return null;
        }
    }

    private static async Task<LanguageReading> ReadAsync(AzureLanguageClient client, string text, string language, CancellationToken cancellationToken)
    {
        var detection = client.AnalyzeAsync(AzureLanguageClient.LanguageDetection, text, language, cancellationToken);
        var pii = client.AnalyzeAsync(AzureLanguageClient.PiiEntityRecognition, text, language, cancellationToken);
        var sentiment = client.AnalyzeAsync(AzureLanguageClient.SentimentAnalysis, text, language, cancellationToken);
        await Task.WhenAll(detection, pii, sentiment);
        return new LanguageReading(await detection, await pii, await sentiment);
    }

    private static bool IsServiceFailure(Exception exception) =>
        exception is CognitiveServiceException or OperationCanceledException or TimeoutException
            or HttpRequestException or JsonException or Azure.RequestFailedException
            or Azure.Identity.AuthenticationFailedException or Azure.Identity.CredentialUnavailableException;

    private static (int? Status, TimeSpan? RetryAfter) Failure(Exception exception) => exception switch
    {
        CognitiveServiceException failure => (failure.Status, failure.RetryAfter),
        _ => (null, null),
    };

    private static string Reason(Exception exception)
    {
        var (status, retryAfter) = Failure(exception);
        return (status, exception) switch
        {
            (401 or 403, _) => $"unauthorized {status}",
            (429, _) => $"throttled, retry after {retryAfter?.TotalSeconds ?? 0} s",
            ({ } code, _) => $"status {code}",
            (_, OperationCanceledException or TimeoutException) => "time budget spent",
            (_, JsonException) => "unreadable answer",
            _ => exception.GetType().Name,
        };
    }
}
