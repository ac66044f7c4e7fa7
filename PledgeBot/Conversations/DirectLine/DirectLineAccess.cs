using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace PledgeBot.Conversations.DirectLine;

/// <summary>Decides who may call: a missing, malformed or expired token is 401, a token for another conversation 403,
/// an unknown conversation 404 (the statuses DirectLineJS acts on, Direct Line API 3.0).</summary>
public sealed class DirectLineAccess(
    DirectLineTokenSigner signer, DirectLineActivityLog log, IOptions<DirectLineOptions> options, ILogger<DirectLineAccess> logger)
{
    /// <summary>True when <paramref name="bearer"/> is the configured secret; compared in constant time.</summary>
    public bool IsSecret(string? bearer)
    {
        var secret = options.Value.Secret;
        return !string.IsNullOrEmpty(secret) && bearer is not null
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(bearer));
    }

    /// <summary>The token's grant when it may use <paramref name="conversationId"/> (any of its own when null), or the refusal.</summary>
    public async Task<(DirectLineToken? Token, ProblemHttpResult? Refusal)> AuthorizeAsync(
        string? presented, string? conversationId, CancellationToken cancellationToken)
    {
        var check = signer.Check(presented, out var token);
        if (check != DirectLineTokenCheck.Valid)
        {
            return (null, Refuse(StatusCodes.Status401Unauthorized, check switch
            {
                DirectLineTokenCheck.Missing => "No token was presented.",
                DirectLineTokenCheck.Expired => "The token has expired.",
                _ => "The token is not valid.",
            }));
        }

        if (conversationId is not null && !string.Equals(conversationId, token!.ConversationId, StringComparison.Ordinal))
        {
            return (null, Refuse(StatusCodes.Status403Forbidden, "The token is for another conversation."));
        }

        if (!await log.ExistsAsync(token!.ConversationId, cancellationToken))
        {
            return (null, Refuse(StatusCodes.Status404NotFound, "The conversation does not exist or has expired."));
        }

        return (token, null);
    }

    public ProblemHttpResult Refuse(int status, string reason)
    {
        logger.Refused(status, reason);
        return TypedResults.Problem(reason, statusCode: status);
    }
}
