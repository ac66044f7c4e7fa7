using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using PledgeBot.Http;

namespace PledgeBot.NativeChannels.Messenger;

/// <summary>The Messenger webhook (CHANNELS.md §3): the <c>hub.*</c> handshake on GET, and on POST the signature
/// checked on the raw bytes before anything is parsed, then every event queued and the delivery answered at once.</summary>
public sealed class MessengerWebhook(
    IOptions<MessengerOptions> options,
    ChannelTurns turns,
    MessengerAdapter adapter,
    ChannelMetrics metrics,
    ILogger<MessengerWebhook> logger)
{
    /// <summary>Meta batches events, but a delivery stays small; more than this is not Meta.</summary>
    public const int BodyLimit = 256 * 1024;

    /// <summary>Meta's challenge is a short number; anything longer is not echoed.</summary>
    public const int ChallengeLimit = 200;

    private const string Channel = MessengerEvents.ChannelId;
    private static readonly string s_retryAfterSeconds = 5.ToString(CultureInfo.InvariantCulture);

    public Results<ContentHttpResult, NotFound, StatusCodeHttpResult> Verify(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = options.Value;
        if (!settings.IsConfigured)
        {
            return TypedResults.NotFound();
        }

        var query = request.Query;
        var challenge = query["hub.challenge"].ToString();
        if (!string.Equals(query["hub.mode"].ToString(), "subscribe", StringComparison.Ordinal)
            || !MessengerSignature.IsVerifyToken(query["hub.verify_token"].ToString(), settings.VerifyToken!)
            || challenge.Length is 0 or > ChallengeLimit
            || challenge.Any(char.IsControl))
        {
            logger.Verification("refused");
            return TypedResults.StatusCode(StatusCodes.Status403Forbidden);
        }

        // Echoed as plain text only, never sniffed as a page: the challenge is whatever the caller sent.
        logger.Verification("accepted");
        request.HttpContext.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.Text(challenge, "text/plain; charset=utf-8");
    }

    public async Task<Results<Ok, NotFound, UnauthorizedHttpResult, ProblemHttpResult, StatusCodeHttpResult>> ReceiveAsync(
        HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = options.Value;
        if (!settings.IsConfigured)
        {
            return TypedResults.NotFound();
        }

        var body = await BoundedBody.ReadAsync(request, BodyLimit, cancellationToken);
        if (body is null)
        {
            return Refuse(StatusCodes.Status413PayloadTooLarge, "too-large");
        }

        if (MessengerSignature.Refusal(request.Headers[MessengerSignature.Header].ToString(), body, settings.AppSecret!) is { } refusal)
        {
            metrics.Webhook(Channel, "unauthorized");
            logger.WebhookRefused(Channel, StatusCodes.Status401Unauthorized, refusal);
            return TypedResults.Unauthorized();
        }

        if (Read(body) is not { } delivery)
        {
            metrics.Webhook(Channel, "bad-request");
            logger.WebhookRefused(Channel, StatusCodes.Status400BadRequest, "malformed");
            return TypedResults.Problem("The body is not a Messenger webhook delivery.", statusCode: StatusCodes.Status400BadRequest);
        }

        foreach (var kind in delivery.Ignored)
        {
            metrics.Webhook(Channel, "ignored");
            logger.EventIgnored(kind);
        }

        return Accept(delivery, request.HttpContext.Response);
    }

    private static MessengerDelivery? Read(byte[] body)
    {
        try
        {
            // Strict: a lone surrogate or invalid UTF-8 in any field would fail later, in the turn or when stored.
            using var document = StrictJson.Parse(body);
            return MessengerEvents.Read(document.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // A full queue refuses the whole delivery: Meta sends it again, and the events queued before the refusal are then
    // dropped as redeliveries (by mid), so nothing runs twice and nothing is lost.
    private Results<Ok, NotFound, UnauthorizedHttpResult, ProblemHttpResult, StatusCodeHttpResult> Accept(
        MessengerDelivery delivery, HttpResponse response)
    {
        foreach (var activity in delivery.Activities)
        {
            if (turns.Accept(adapter, activity) == ChannelAcceptance.Busy)
            {
                response.Headers.RetryAfter = s_retryAfterSeconds;
                return TypedResults.StatusCode(StatusCodes.Status503ServiceUnavailable);
            }
        }

        return TypedResults.Ok();
    }

    private StatusCodeHttpResult Refuse(int status, string reason)
    {
        metrics.Webhook(Channel, "bad-request");
        logger.WebhookRefused(Channel, status, reason);
        return TypedResults.StatusCode(status);
    }
}
