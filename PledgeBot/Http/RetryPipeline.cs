using System.Globalization;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Retry;

namespace PledgeBot.Http;

/// <summary>The retry pipeline every outbound client shares (Connector, Messenger, Telegram, Zalo): an overall budget,
/// jittered exponential backoff for what the client's own rule calls transient, and a time limit per attempt. Only
/// the rule, an optional server-given delay and the log line are the client's.</summary>
internal static class RetryPipeline
{
    public static ResiliencePipelineBuilder<HttpResponseMessage> AddRetries(
        this ResiliencePipelineBuilder<HttpResponseMessage> pipeline,
        RetrySettings settings,
        Func<RetryPredicateArguments<HttpResponseMessage>, ValueTask<bool>> isTransient,
        Action<OnRetryArguments<HttpResponseMessage>> onRetry,
        Func<RetryDelayGeneratorArguments<HttpResponseMessage>, ValueTask<TimeSpan?>>? serverDelay = null)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.TotalTimeout is { } total)
        {
            pipeline.AddTimeout(total);
        }

        if (settings.MaxAttempts > 1)
        {
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = settings.MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = settings.RetryBaseDelay,
                ShouldHandle = isTransient,
                DelayGenerator = serverDelay,
                OnRetry = args =>
                {
                    onRetry(args);
                    return default;
                },
            });
        }

        return pipeline.AddTimeout(settings.AttemptTimeout);
    }

    /// <summary>What a failed attempt was, for the retry log: its status code or its exception's type, never a body.</summary>
    public static string Describe(Outcome<HttpResponseMessage> outcome) =>
        outcome.Result is { } response
            ? ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture)
            : outcome.Exception?.GetType().Name ?? "unknown";
}
