using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using PledgeBot.Http;
using Polly;
using Polly.Timeout;

namespace PledgeBot.Conversations.NativeChannels.Telegram;

/// <summary>What is worth calling the Telegram Bot API again for: HTTP 5xx, timeouts and lost connections with
/// jittered exponential backoff, and 429 after exactly the <c>parameters.retry_after</c> seconds Telegram asks for.
/// Every other answer (400 bad request, 403 blocked by the user, 401 bad token) is final and goes back to the caller.</summary>
internal static class TelegramResilience
{
    public const string PipelineName = "telegram";

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ResilienceHandlerContext context)
    {
        var options = context.ServiceProvider.GetRequiredService<IOptions<TelegramOptions>>().Value;
        var logger = context.ServiceProvider.GetRequiredService<ILogger<TelegramAdapter>>();

        pipeline.AddRetries(
            new RetrySettings(options.MaxAttempts, options.RetryBaseDelay, options.AttemptTimeout, TotalTimeout: null),
            args => IsTransientAsync(args.Outcome, options.MaxRetryAfter, args.Context.CancellationToken),
            args => logger.RetryScheduled(MethodOf(args.Outcome.Result?.RequestMessage ?? args.Context.GetRequestMessage()), args.AttemptNumber + 1,
                (long)args.RetryDelay.TotalMilliseconds, RetryPipeline.Describe(args.Outcome)),
            async args => args.Outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } response
                ? await RetryAfterAsync(response, args.Context.CancellationToken)
                : null);
    }

    /// <summary>The Bot API method of a request: the last segment of <c>/bot&lt;token&gt;/&lt;method&gt;</c>, never the token.</summary>
    public static string MethodOf(HttpRequestMessage? request) =>
        request?.RequestUri is { } uri && uri.Segments is [.., var last] ? last.Trim('/') : "unknown";

    private static async ValueTask<bool> IsTransientAsync(Outcome<HttpResponseMessage> outcome, TimeSpan maxRetryAfter, CancellationToken cancellationToken)
    {
        if (outcome.Exception is not null)
        {
            // A per-attempt timeout or a dropped connection; the caller's own cancellation is never retried.
            return outcome.Exception is HttpRequestException or TimeoutRejectedException;
        }

        return outcome.Result switch
        {
            { StatusCode: HttpStatusCode.TooManyRequests } response =>
                await RetryAfterAsync(response, cancellationToken) is not { } wait || wait <= maxRetryAfter,
            { StatusCode: >= HttpStatusCode.InternalServerError } => true,
            _ => false,
        };
    }

    // Telegram puts the wait in the body ({"parameters":{"retry_after":N}}); a Retry-After header is honoured too.
    private static async ValueTask<TimeSpan?> RetryAfterAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Headers.RetryAfter?.Delta is { } delta)
        {
            return delta;
        }

        // Buffered, so the Telegram.Bot client can still read the answer when this one is not retried.
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        try
        {
            using var json = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync(cancellationToken));
            return json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("parameters", out var parameters) && parameters.ValueKind == JsonValueKind.Object
                && parameters.TryGetProperty("retry_after", out var seconds)
                && seconds.ValueKind == JsonValueKind.Number && seconds.TryGetInt32(out var wait) && wait >= 0
                    ? TimeSpan.FromSeconds(wait)
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
