using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using PledgeBot.Secrets;

namespace PledgeBot.Conversations.DirectLine;

/// <summary>Signs the page's user tokens, <c>base64url(claims).base64url(HMAC-SHA256)</c>, with a key derived from the
/// Direct Line token key (so every instance sharing that key accepts them, and a Direct Line token can never pass for
/// a user token or the other way round). A token that fails the check gets a new user, never someone else's.</summary>
public sealed class WebUserTokenSigner
{
    private const string Version = "wu1";
    private const int MaxTokenChars = 512;
    private static readonly byte[] s_purpose = Encoding.UTF8.GetBytes("pledgebot:web-user-token:v1");

    private readonly byte[] _key;
    private readonly TimeProvider _clock;

    public WebUserTokenSigner(IOptions<DirectLineOptions> options, GeneratedKeys keys, TimeProvider clock)
        : this(HMACSHA256.HashData(keys.Resolve(GeneratedKey.DirectLineToken, options, directLine => directLine.TokenKey), s_purpose), clock)
    {
    }

    internal WebUserTokenSigner(byte[] key, TimeProvider clock)
    {
        _key = key;
        _clock = clock;
    }

    public string Issue(WebUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return SignedLines.Seal(_key, Version, user.UserId, user.ConversationId, SignedLines.Expiry(user.ExpiresAt));
    }

    /// <summary>The user the token names when it is this host's and unexpired; <see cref="DirectLineTokenCheck"/> says why not.</summary>
    public DirectLineTokenCheck Check(string? presented, out WebUser? user)
    {
        user = null;
        if (string.IsNullOrEmpty(presented))
        {
            return DirectLineTokenCheck.Missing;
        }

        if (SignedLines.Open(_key, presented, MaxTokenChars) is not [Version, { Length: > 0 } userId, { Length: > 0 } conversation, var expiry]
            || !SignedLines.TryReadExpiry(expiry, out var expires))
        {
            return DirectLineTokenCheck.Malformed;
        }

        var parsed = new WebUser(userId, conversation, expires);
        if (parsed.ExpiresAt <= _clock.GetUtcNow())
        {
            return DirectLineTokenCheck.Expired;
        }

        user = parsed;
        return DirectLineTokenCheck.Valid;
    }
}
