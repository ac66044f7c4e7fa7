using Microsoft.Extensions.Options;

namespace PledgeBot.Conversations.DirectLine;

/// <summary>One identity per browser: a valid user token continues its user and, while it lasts, its conversation (a
/// half-finished pledge resumes, a second pledge is "already pledged"); a missing, forged or expired one starts a new
/// user. Each answer carries the user token renewed, so a browser in use keeps its identity.</summary>
public sealed class PageSessions(
    WebUserTokenSigner users,
    DirectLineTokenSigner tokens,
    DirectLineConversations conversations,
    DirectLineActivityLog log,
    TimeProvider clock,
    IOptions<DirectLineOptions> options,
    ILogger<PageSessions> logger)
{
    public async Task<PageToken> StartAsync(string? userToken, CancellationToken cancellationToken)
    {
        var check = users.Check(userToken, out var user);
        if (check is DirectLineTokenCheck.Malformed or DirectLineTokenCheck.Expired)
        {
            logger.UserTokenRefused(check.ToString());
        }

        DirectLineToken token;
        string signed;
        var resumed = false;
        if (user is not null && await log.ExistsAsync(user.ConversationId, cancellationToken))
        {
            token = new DirectLineToken(user.ConversationId, user.UserId, DirectLineEndpoints.PageChannel, clock.GetUtcNow() + options.Value.TokenLifetime);
            signed = tokens.Issue(token);
            resumed = true;
        }
        else
        {
            // The conversation expired (or the token is not ours): same user when the token was valid, else a new one.
            (token, signed) = await conversations.CreateAsync(DirectLineEndpoints.PageChannel, user?.UserId, cancellationToken);
        }

        var renewed = users.Issue(new WebUser(token.UserId, token.ConversationId, clock.GetUtcNow() + options.Value.UserTokenLifetime));
        return new PageToken(token.ConversationId, signed, conversations.ExpiresInSeconds, renewed, resumed);
    }
}
