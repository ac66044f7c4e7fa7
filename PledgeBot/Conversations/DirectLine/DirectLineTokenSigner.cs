using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using PledgeBot.Secrets;

namespace PledgeBot.Conversations.DirectLine;

/// <summary>Issues and checks tokens of the form <c>base64url(claims).base64url(HMAC-SHA256)</c>, signed by this host's
/// key, so any instance sharing the key accepts them and the browser never holds a secret.</summary>
public sealed class DirectLineTokenSigner
{
    private const string Version = "dl1";
    private const int MaxTokenChars = 1024;

    // 9999-12-31: the last second DateTimeOffset.FromUnixTimeSeconds takes.
    private const long MaxExpirySeconds = 253_402_300_799;

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
        var claims = Encoding.UTF8.GetBytes(string.Join(
            '\n',
            Version,
            token.ConversationId,
            token.UserId,
            token.ChannelId,
            token.ExpiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
        return $"{Base64Url.EncodeToString(claims)}.{Base64Url.EncodeToString(HMACSHA256.HashData(_key, claims))}";
    }

    public DirectLineTokenCheck Check(string? presented, out DirectLineToken? token)
    {
        token = null;
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
        if (parts.Length != 5 || parts[0] != Version
            || !long.TryParse(parts[4], NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
            || expires > MaxExpirySeconds)
        {
            return DirectLineTokenCheck.Malformed;
        }

        var parsed = new DirectLineToken(parts[1], parts[2], parts[3], DateTimeOffset.FromUnixTimeSeconds(expires));
        if (parsed.ExpiresAt <= _clock.GetUtcNow())
        {
            return DirectLineTokenCheck.Expired;
        }

        token = parsed;
        return DirectLineTokenCheck.Valid;
    }

    // Validated before decoding: the decoder throws FormatException on some malformed input (an impossible length,
    // stray padding) instead of returning false, and a token is anything a caller types.
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
