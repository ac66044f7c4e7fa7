using Microsoft.Extensions.Options;
using PledgeBot.Secrets;

namespace PledgeBot.Conversations.DirectLine;

/// <summary>Issues and checks tokens of the form <c>base64url(claims).base64url(HMAC-SHA256)</c>, signed by this host's
/// key, so any instance sharing the key accepts them and the browser never holds a secret.</summary>
public sealed class DirectLineTokenSigner
{
    private const string Version = "dl1";
    private const int MaxTokenChars = 1024;

    private readonly byte[] _key;
    private readonly TimeProvider _clock;

    public DirectLineTokenSigner(IOptions<DirectLineOptions> options, GeneratedKeys keys, TimeProvider clock)
        : this(keys.Resolve(GeneratedKey.DirectLineToken, options, directLine => directLine.TokenKey), clock)
    {
    }

    internal DirectLineTokenSigner(byte[] key, TimeProvider clock)
    {
        _key = key;
        _clock = clock;
    }

    public string Issue(DirectLineToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return SignedLines.Seal(_key, Version, token.ConversationId, token.UserId, token.ChannelId, SignedLines.Expiry(token.ExpiresAt));
    }

    public DirectLineTokenCheck Check(string? presented, out DirectLineToken? token)
    {
        token = null;
        if (string.IsNullOrEmpty(presented))
        {
            return DirectLineTokenCheck.Missing;
        }

        if (SignedLines.Open(_key, presented, MaxTokenChars) is not [Version, var conversation, var user, var channel, var expiry]
            || !SignedLines.TryReadExpiry(expiry, out var expires))
        {
            return DirectLineTokenCheck.Malformed;
        }

        var parsed = new DirectLineToken(conversation, user, channel, expires);
        if (parsed.ExpiresAt <= _clock.GetUtcNow())
        {
            return DirectLineTokenCheck.Expired;
        }

        token = parsed;
        return DirectLineTokenCheck.Valid;
    }
}
