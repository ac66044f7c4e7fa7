using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using PledgeBot.Campaign.Stats;

namespace PledgeBot.Campaign.Live;

/// <summary><c>GET /api/stats/stream</c>: the current totals at once, then a frame whenever they change, a heartbeat
/// comment when nothing has been sent for a while, and a <c>retry:</c> so EventSource reconnects by itself.</summary>
internal static class LiveStream
{
    public static async Task<Results<EmptyHttpResult, ProblemHttpResult>> StreamAsync(
        HttpContext context, LiveBroadcast broadcast, PublicStats stats, IOptions<LiveOptions> options, TimeProvider time,
        ILogger<LiveBroadcast> logger)
    {
        var settings = options.Value;
        using var subscription = broadcast.TrySubscribe();
        if (subscription is null)
        {
            logger.LiveStreamsFull(settings.MaxSubscribers);
            context.Response.Headers.RetryAfter = "10";
            return TypedResults.Problem(
                statusCode: StatusCodes.Status503ServiceUnavailable, title: "Too many live streams",
                detail: "This instance serves as many live streams as it may; the page tries again by itself.");
        }

        var response = context.Response;
        var cancellationToken = context.RequestAborted;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache, no-transform";
        response.Headers["X-Accel-Buffering"] = "no";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        try
        {
            await response.Body.WriteAsync(LiveFrame.Retry, cancellationToken);
            var sent = new LiveEvent(-1, ReadOnlyMemory<byte>.Empty);
            if (await stats.ReadAsync(TimeSpan.Zero, cancellationToken) is { } current)
            {
                sent = LiveFrame.Totals(LiveFrame.From(current));
                await response.Body.WriteAsync(sent.Frame, cancellationToken);
            }

            await response.Body.FlushAsync(cancellationToken);
            await RelayAsync(subscription, response.Body, sent, settings.Heartbeat, time, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The screen went away; the subscription is released below.
        }

        return TypedResults.Empty;
    }

    private static async Task RelayAsync(
        LiveSubscription subscription, Stream body, LiveEvent sent, TimeSpan heartbeat, TimeProvider time, CancellationToken cancellationToken)
    {
        var events = subscription.Events;
        var waiting = events.WaitToReadAsync(cancellationToken).AsTask();
        while (true)
        {
            try
            {
                if (!await waiting.WaitAsync(heartbeat, time, cancellationToken))
                {
                    return;
                }
            }
            catch (TimeoutException)
            {
                // Waiting again on the same task loses nothing: WaitToReadAsync does not take an event.
                await body.WriteAsync(LiveFrame.Heartbeat, cancellationToken);
                await body.FlushAsync(cancellationToken);
                continue;
            }

            while (events.TryRead(out var update))
            {
                if (update.Pledges >= sent.Pledges && !update.Frame.Span.SequenceEqual(sent.Frame.Span))
                {
                    sent = update;
                    await body.WriteAsync(update.Frame, cancellationToken);
                }
            }

            await body.FlushAsync(cancellationToken);
            waiting = events.WaitToReadAsync(cancellationToken).AsTask();
        }
    }
}
