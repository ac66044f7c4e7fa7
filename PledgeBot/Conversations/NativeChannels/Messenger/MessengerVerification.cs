using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace PledgeBot.Conversations.NativeChannels.Messenger;

/// <summary><c>GET /api/channels/messenger</c>, Meta's <c>hub.*</c> handshake (Messenger Platform webhooks): the challenge
/// is echoed only to a subscribe with our verify token. Not a delivery, so not part of the webhook template.</summary>
public sealed class MessengerVerification(IOptions<MessengerOptions> options, ILogger<MessengerVerification> logger)
{
    /// <summary>Meta's challenge is a short number; anything longer is not echoed.</summary>
    public const int ChallengeLimit = 200;

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
}
