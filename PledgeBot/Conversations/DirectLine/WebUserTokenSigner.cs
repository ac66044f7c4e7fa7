using System.Buffers.Text;
using System.Globalization;
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
    private const long MaxExpirySeconds = 253_402_300_799;
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
        var claims = Encoding.UTF8.GetBytes(string.Join(
            '\n', Version, user.UserId, user.ConversationId, user.ExpiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
        return $"{Base64Url.EncodeToString(claims)}.{Base64Url.EncodeToString(HMACSHA256.HashData(_key, claims))}";
    }

    /// <summary>The user the token names when it is this host's and unexpired; <see cref="DirectLineTokenCheck"/> says why not.</summary>
    public DirectLineTokenCheck Check(string? presented, out WebUser? user)
    {
        user = null;
        if (string.IsNullOrEmpty(presented))
        {
            return DirectLineTokenCheck.Missing;
        }

        var dot = presented.IndexOf('.', StringComparison.Ordinal);
        if (presented.Length > MaxTokenChars || dot <= 0
            || !TryDecode(presented[..dot], out var claims) || !TryDecode(presented[(dot + 1)..], out var mac)
            || !CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(_key, claims), mac))
        {
            return DirectLineTokenCheck.Malformed;
        }

        var parts = Encoding.UTF8.GetString(claims).Split('\n');
        if (parts.Length != 4 || parts[0] != Version || parts[1].Length == 0 || parts[2].Length == 0
            || !long.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var expires) || expires > MaxExpirySeconds)
        {
            return DirectLineTokenCheck.Malformed;
        }

        var parsed = new WebUser(parts[1], parts[2], DateTimeOffset.FromUnixTimeSeconds(expires));
        if (parsed.ExpiresAt <= _clock.GetUtcNow())
        {
            return DirectLineTokenCheck.Expired;
        }

        user = parsed;
        return DirectLineTokenCheck.Valid;
    }

    // Checked before decoding: the decoder throws on some malformed input instead of returning false.
    private static bool TryDecode(string text, out byte[] bytes)
    {
        bytes = [];
        if (text.Length == 0 || !Base64Url.IsValid(text, out var length))
        {
            return false;
        }

        bytes = new byte[length];
        return Base64Url.TryDecodeFromChars(text, bytes, out var written) && written == length;
    }
}
