using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using PledgeBot.Http;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace PledgeBot.NativeChannels.Telegram;

/// <summary><c>POST /api/channels/telegram</c>: the secret header first (401, empty, when it is missing or wrong), a
/// bounded body (413), one <see cref="Update"/> (400 when malformed), then the turn is queued and Telegram answered at
/// once: 200, or 503 with Retry-After when the queue is full (Telegram delivers the update again).</summary>
internal sealed class TelegramWebhook(
    IOptions<TelegramOptions> options,
    TelegramUpdates updates,
    TelegramAdapter adapter,
    ChannelTurns turns,
    TelegramCallbackAnswers answers,
    ChannelMetrics metrics,
    ILogger<TelegramWebhook> logger)
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";
    public const int BodyLimit = 256 * 1024;

    private readonly byte[] _secretDigest = Digest(options.Value.WebhookSecret ?? string.Empty);

    public async Task<Results<Ok, UnauthorizedHttpResult, StatusCodeHttpResult, ProblemHttpResult>> HandleAsync(
        HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.Headers.TryGetValue(SecretHeader, out var secret) || secret.Count != 1)
        {
            return Unauthorized("secret-missing");
        }

        // Digests of equal length make the comparison constant-time whatever the length of what was sent.
        if (!CryptographicOperations.FixedTimeEquals(Digest(secret[0] ?? string.Empty), _secretDigest))
        {
            return Unauthorized("secret-mismatch");
        }

        if (await BoundedBody.ReadAsync(request, BodyLimit, cancellationToken) is not { } body)
        {
            logger.WebhookRefused(TelegramAdapter.Channel, StatusCodes.Status413PayloadTooLarge, "too-large");
            metrics.Webhook(TelegramAdapter.Channel, "too-large");
            return TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        if (Parse(body) is not { Id: > 0 } update)
        {
            return Malformed("The body is not a Telegram update with an update_id, in valid JSON.");
        }

        if (TelegramUpdateShape.Missing(update) is { } missing)
        {
            return Malformed($"The update has no {missing}.");
        }

        return Accept(request.HttpContext, await updates.ReadAsync(update, cancellationToken));
    }

    private Results<Ok, UnauthorizedHttpResult, StatusCodeHttpResult, ProblemHttpResult> Accept(HttpContext http, TelegramArrival arrival)
    {
        if (arrival.CallbackQueryId is { } callback)
        {
            answers.Enqueue(callback, arrival.CallbackNote);
        }

        if (arrival.Activity is not { } activity)
        {
            logger.UpdateIgnored(arrival.Ignored ?? "unknown");
            metrics.Webhook(TelegramAdapter.Channel, "ignored");
            return TypedResults.Ok();
        }

        if (turns.Accept(adapter, activity) == ChannelAcceptance.Busy)
        {
            http.Response.Headers.RetryAfter = "5";
            return TypedResults.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        return TypedResults.Ok();
    }

    private ProblemHttpResult Malformed(string reason)
    {
        logger.WebhookRefused(TelegramAdapter.Channel, StatusCodes.Status400BadRequest, "malformed-update");
        metrics.Webhook(TelegramAdapter.Channel, "bad-request");
        return TypedResults.Problem(reason, statusCode: StatusCodes.Status400BadRequest, title: "Malformed update");
    }

    private UnauthorizedHttpResult Unauthorized(string reason)
    {
        logger.WebhookRefused(TelegramAdapter.Channel, StatusCodes.Status401Unauthorized, reason);
        metrics.Webhook(TelegramAdapter.Channel, "unauthorized");
        return TypedResults.Unauthorized();
    }

    private static Update? Parse(byte[] body)
    {
        try
        {
            // Strict, and a converter's own exception (a date of 2^53 seconds) is a malformed update too.
            return StrictJson.Deserialize<Update>(body, JsonBotAPI.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static byte[] Digest(string value) => SHA256.HashData(Encoding.UTF8.GetBytes(value));
}
