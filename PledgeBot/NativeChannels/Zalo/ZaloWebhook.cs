using System.Text.Json;
using Microsoft.Extensions.Options;
using PledgeBot.Http;

namespace PledgeBot.NativeChannels.Zalo;

/// <summary><c>POST /api/channels/zalo</c>: verifies the MAC on the raw bytes first, then the app id and the replay
/// window, queues the event's turn and answers 200 at once (Zalo re-sends anything not answered within ~2 s).</summary>
internal static class ZaloWebhook
{
    public const int BodyLimit = 256 * 1024;

    public static async Task<IResult> HandleAsync(
        HttpRequest request,
        IOptions<ZaloOptions> options,
        ZaloAdapter adapter,
        ChannelTurns turns,
        ChannelMetrics metrics,
        TimeProvider clock,
        ILogger<ZaloAdapter> logger,
        CancellationToken cancellationToken)
    {
        var zalo = options.Value;
        if (!zalo.IsConfigured)
        {
            return Results.NotFound();
        }

        var body = await BoundedBody.ReadAsync(request, BodyLimit, cancellationToken);
        if (body is null)
        {
            return Refuse(logger, metrics, StatusCodes.Status413PayloadTooLarge, "too-large");
        }

        if (!ZaloSignature.IsValid(body, request.Headers[ZaloSignature.Header], zalo.AppId!, zalo.SecretKey!))
        {
            return Refuse(logger, metrics, StatusCodes.Status401Unauthorized, "bad-signature");
        }

        ZaloEvent? zaloEvent;
        try
        {
            // Strict: verified bytes can still hold a lone surrogate or invalid UTF-8, which would fail the turn later.
            zaloEvent = StrictJson.Deserialize(body, ZaloJsonContext.Default.ZaloEvent);
        }
        catch (JsonException)
        {
            zaloEvent = null;
        }

        if (zaloEvent is null)
        {
            metrics.Webhook(ZaloActivities.ChannelId, "bad-request");
            logger.WebhookRefused(ZaloActivities.ChannelId, StatusCodes.Status400BadRequest, "malformed");
            return Results.Problem("The body is not a Zalo event in valid JSON.", statusCode: StatusCodes.Status400BadRequest, title: "Malformed event");
        }

        if (!string.Equals(zaloEvent.AppId, zalo.AppId, StringComparison.Ordinal))
        {
            return Refuse(logger, metrics, StatusCodes.Status401Unauthorized, "other-app");
        }

        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var window = (long)zalo.ReplayWindow.TotalMilliseconds;
        if (zaloEvent.Timestamp is not { } sent || sent < now - window || sent > now + window)
        {
            return Refuse(logger, metrics, StatusCodes.Status401Unauthorized, "outside-replay-window");
        }

        var result = Accept(zaloEvent, zalo.OaId!, adapter, turns, metrics, logger);
        if (result is IStatusCodeHttpResult { StatusCode: StatusCodes.Status503ServiceUnavailable })
        {
            // The queue is full: Zalo re-sends later.
            request.HttpContext.Response.Headers.RetryAfter = "5";
        }

        return result;
    }

    private static IResult Accept(
        ZaloEvent zaloEvent, string oaId, ZaloAdapter adapter, ChannelTurns turns, ChannelMetrics metrics, ILogger logger)
    {
        if (zaloEvent.EventName == ZaloEventNames.UserSubmitInfo)
        {
            // DESIGN.md privacy: the bot never asks for name, phone or address; an answer is dropped without reading it.
            logger.SubmitInfoDropped();
            metrics.Webhook(ZaloActivities.ChannelId, "ignored");
            return Results.Ok();
        }

        if (ZaloActivities.From(zaloEvent, oaId) is not { } activity)
        {
            logger.EventIgnored(EventNameForLog(zaloEvent.EventName));
            metrics.Webhook(ZaloActivities.ChannelId, "ignored");
            return Results.Ok();
        }

        if (turns.Accept(adapter, activity) == ChannelAcceptance.Busy)
        {
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        return Results.Ok();
    }

    private static IResult Refuse(ILogger logger, ChannelMetrics metrics, int status, string reason)
    {
        logger.WebhookRefused(ZaloActivities.ChannelId, status, reason);
        metrics.Webhook(ZaloActivities.ChannelId, status == StatusCodes.Status401Unauthorized ? "unauthorized" : "bad-request");
        return Results.StatusCode(status);
    }

    // Event names are Zalo's own words; anything else is cut so a crafted name cannot flood the log.
    private static string EventNameForLog(string? name) =>
        name is null ? "none" : name.Length <= 40 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? name : "other";
}
