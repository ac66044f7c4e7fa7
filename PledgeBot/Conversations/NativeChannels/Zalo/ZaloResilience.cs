using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using PledgeBot.Http;
using Polly;
using Polly.Timeout;

namespace PledgeBot.Conversations.NativeChannels.Zalo;

/// <summary>The Zalo send API's retry rules: HTTP 5xx, 408, 429, lost connections, attempt timeouts and
/// the body error -32 (call limit) are retried with jittered exponential backoff; every other answer is final here
/// (-216/-220 are the token source's, the rest permanent).</summary>
internal static class ZaloResilience
{
    public const string SendPipeline = "zalo-send";
    public const int CallLimitError = -32;

    public static void ConfigureSend(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ResilienceHandlerContext context)
    {
        var options = context.ServiceProvider.GetRequiredService<IOptions<ZaloOptions>>().Value;
        var logger = context.ServiceProvider.GetRequiredService<ILogger<ZaloClient>>();
        pipeline.AddRetries(
            new RetrySettings(options.MaxAttempts, options.RetryBaseDelay, options.AttemptTimeout, options.TotalTimeout),
            args => IsTransientAsync(args.Outcome, args.Context.CancellationToken),
            args => logger.RetryScheduled(Describe(args.Outcome), args.AttemptNumber + 1, (long)args.RetryDelay.TotalMilliseconds));
    }

    public static void ConfigureOAuth(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ResilienceHandlerContext context)
    {
        // A timeout only: a refresh is never retried (the refresh token is single-use).
        var options = context.ServiceProvider.GetRequiredService<IOptions<ZaloOptions>>().Value;
        pipeline.AddTimeout(options.AttemptTimeout);
    }

    private static async ValueTask<bool> IsTransientAsync(Outcome<HttpResponseMessage> outcome, CancellationToken cancellationToken)
    {
        if (outcome.Exception is not null)
        {
            // A per-attempt timeout or a dropped connection; the caller's own cancellation is never retried.
            return outcome.Exception is HttpRequestException or TimeoutRejectedException;
        }

        var response = outcome.Result!;
        if ((int)response.StatusCode >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests)
        {
            return true;
        }

        return response.IsSuccessStatusCode && await ErrorAsync(response, cancellationToken) == CallLimitError;
    }

    /// <summary>The body's <c>error</c>; the content is buffered, so the client can read it again.</summary>
    public static async Task<int?> ErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        try
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            return JsonSerializer.Deserialize(body, ZaloJsonContext.Default.ZaloSendAnswer)?.Error;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Describe(Outcome<HttpResponseMessage> outcome) =>
        outcome.Result is { } response
            ? response.IsSuccessStatusCode ? "error -32" : $"HTTP {(int)response.StatusCode}"
            : outcome.Exception?.GetType().Name ?? "unknown";
}
