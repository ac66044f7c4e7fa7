using System.Net;
using Microsoft.Extensions.Http.Resilience;
using PledgeBot.Http;
using Polly;
using Polly.Timeout;

namespace PledgeBot.Conversations.Connector;

/// <summary>The Bot Connector's retry rules: 408, 429, 500, 502, 503, 504 and lost connections are retried
/// with jittered exponential backoff; 4xx answers are final (a 401/403 token renewal belongs to the token provider).</summary>
internal static class ConnectorResilience
{
    public const string PipelineName = "connector";

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ResilienceHandlerContext context)
    {
        var options = context.GetOptions<ConnectorOptions>();
        var logger = context.ServiceProvider.GetRequiredService<ILogger<ConnectorClient>>();
        var clock = context.ServiceProvider.GetRequiredService<TimeProvider>();

        pipeline.AddRetries(
            new RetrySettings(options.MaxAttempts, options.RetryBaseDelay, options.AttemptTimeout, options.TotalTimeout),
            args => ValueTask.FromResult(IsTransient(args.Outcome, options.MaxRetryAfter, clock)),
            args => logger.RetryScheduled(RetryPipeline.Describe(args.Outcome), args.AttemptNumber + 1, (long)args.RetryDelay.TotalMilliseconds),
            args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, clock)));
    }

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome, TimeSpan maxRetryAfter, TimeProvider clock)
    {
        if (outcome.Exception is not null)
        {
            // A per-attempt timeout or a dropped connection; the caller's own cancellation is never retried.
            return outcome.Exception is HttpRequestException or TimeoutRejectedException;
        }

        var response = outcome.Result;
        if (response is null || !IsTransientStatus(response.StatusCode))
        {
            return false;
        }

        // Honouring a Retry-After beyond the budget means not retrying at all, rather than retrying too early.
        return RetryAfter(response, clock) is not { } wait || wait <= maxRetryAfter;
    }

    private static bool IsTransientStatus(HttpStatusCode status) => status is HttpStatusCode.RequestTimeout
        or HttpStatusCode.TooManyRequests
        or HttpStatusCode.InternalServerError
        or HttpStatusCode.BadGateway
        or HttpStatusCode.ServiceUnavailable
        or HttpStatusCode.GatewayTimeout;

    // Retry-After is either seconds or an HTTP date; null lets the backoff decide.
    private static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider clock)
    {
        var retryAfter = response?.Headers.RetryAfter;
        var wait = retryAfter?.Delta ?? (retryAfter?.Date - clock.GetUtcNow());
        return wait is { } delay ? (delay < TimeSpan.Zero ? TimeSpan.Zero : delay) : null;
    }
}
