using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using PledgeBot.Http;
using Polly;
using Polly.Timeout;

namespace PledgeBot.Conversations.NativeChannels.Messenger;

/// <summary>The Send API's retry rules: what <see cref="MessengerFailure.Transient"/> calls temporary, lost
/// connections and timed-out attempts are retried with jittered exponential backoff inside a total budget; nothing
/// else is. The error body is read to decide, since Graph answers rate limits and bad tokens alike with a 4xx.</summary>
internal static class MessengerResilience
{
    public const string PipelineName = "messenger";

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ResilienceHandlerContext context)
    {
        var options = context.ServiceProvider.GetRequiredService<IOptions<MessengerOptions>>().Value;
        var logger = context.ServiceProvider.GetRequiredService<ILogger<MessengerClient>>();

        pipeline.AddRetries(
            new RetrySettings(options.MaxAttempts, options.RetryBaseDelay, options.AttemptTimeout, options.TotalTimeout),
            args => IsTransientAsync(args.Outcome, args.Context.CancellationToken),
            args => logger.RetryScheduled(args.AttemptNumber + 1, RetryPipeline.Describe(args.Outcome), (long)args.RetryDelay.TotalMilliseconds));
    }

    private static async ValueTask<bool> IsTransientAsync(Outcome<HttpResponseMessage> outcome, CancellationToken cancellationToken)
    {
        if (outcome.Exception is not null)
        {
            // An attempt that timed out or a dropped connection; the caller's own cancellation is never retried.
            return outcome.Exception is HttpRequestException or TimeoutRejectedException;
        }

        return outcome.Result is { IsSuccessStatusCode: false } response
            && (await MessengerFailure.ReadAsync(response, cancellationToken)).Transient;
    }
}
