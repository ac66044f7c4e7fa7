using Microsoft.AspNetCore.Http.HttpResults;
using PledgeBot.Http;

namespace PledgeBot.Conversations.NativeChannels;

/// <summary>The one webhook pipeline of every native platform (docs/architecture.md, "One webhook update"): each step
/// refuses before the next one runs, so nothing is read past a bound, parsed before its signature, or queued before its
/// checks. The platform's <see cref="IChannelWebhook{TUpdate}"/> supplies only its checks, its parser and its mapping;
/// refusals are logged and counted here, the same way for every platform, and the platform is answered at once.</summary>
public sealed class ChannelWebhookEndpoint(ChannelTurns turns, ChannelMetrics metrics, ILogger<ChannelWebhookEndpoint> logger)
{
    /// <summary>How long a platform is asked to wait before delivering again what a full queue refused.</summary>
    public const string RetryAfterSeconds = "5";

    private const string Unauthorized = "unauthorized";

    public async Task<Results<Ok, NotFound, UnauthorizedHttpResult, ProblemHttpResult, StatusCodeHttpResult>> HandleAsync<TUpdate>(
        IChannelWebhook<TUpdate> webhook, HttpRequest request, CancellationToken cancellationToken)
        where TUpdate : class
    {
        ArgumentNullException.ThrowIfNull(webhook);
        ArgumentNullException.ThrowIfNull(request);
        if (!webhook.IsEnabled)
        {
            return TypedResults.NotFound();
        }

        var profile = webhook.Profile;
        if (webhook.RefuseHeaders(request.Headers) is { } headers)
        {
            return Refuse(profile, headers);
        }

        if (await BoundedBody.ReadAsync(request, profile.BodyLimit, cancellationToken) is not { } body)
        {
            logger.WebhookRefused(profile.ChannelId, StatusCodes.Status413PayloadTooLarge, "too-large");
            metrics.Webhook(profile.ChannelId, profile.TooLargeOutcome);
            return TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        if (webhook.RefuseBody(request.Headers, body) is { } signature)
        {
            return Refuse(profile, signature);
        }

        var parse = webhook.Parse(body);
        if (parse.Update is not { } update)
        {
            logger.WebhookRefused(profile.ChannelId, StatusCodes.Status400BadRequest, profile.MalformedReason);
            metrics.Webhook(profile.ChannelId, ChannelWebhookProfile.BadRequest);
            return TypedResults.Problem(parse.Problem, statusCode: StatusCodes.Status400BadRequest, title: profile.MalformedTitle);
        }

        if (webhook.RefuseUpdate(update) is { } claim)
        {
            return Refuse(profile, claim);
        }

        var arrival = await webhook.MapAsync(update, cancellationToken);
        foreach (var kind in arrival.Ignored)
        {
            metrics.Webhook(profile.ChannelId, "ignored");
            webhook.LogIgnored(kind);
        }

        return Accept(webhook.Adapter, arrival.Activities, request.HttpContext.Response);
    }

    // A full queue refuses the whole delivery: the platform sends it again, and the activities queued before the refusal
    // are then dropped as redeliveries (by their ids), so nothing runs twice and nothing is lost.
    private Results<Ok, NotFound, UnauthorizedHttpResult, ProblemHttpResult, StatusCodeHttpResult> Accept(
        IChannelAdapter adapter, IReadOnlyList<Dialogs.Activities.Activity> activities, HttpResponse response)
    {
        foreach (var activity in activities)
        {
            if (turns.Accept(adapter, activity) == ChannelAcceptance.Busy)
            {
                response.Headers.RetryAfter = RetryAfterSeconds;
                return TypedResults.StatusCode(StatusCodes.Status503ServiceUnavailable);
            }
        }

        return TypedResults.Ok();
    }

    // Empty, whatever failed: a caller without the secret learns nothing about which check it missed.
    private UnauthorizedHttpResult Refuse(ChannelWebhookProfile profile, string reason)
    {
        logger.WebhookRefused(profile.ChannelId, StatusCodes.Status401Unauthorized, reason);
        metrics.Webhook(profile.ChannelId, Unauthorized);
        return TypedResults.Unauthorized();
    }
}
