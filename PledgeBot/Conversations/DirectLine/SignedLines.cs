using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PledgeBot.Conversations.DirectLine;

/// <summary>The format both of this host's browser tokens share (Direct Line tokens and the page's user tokens):
/// <c>base64url(lines joined by '\n').base64url(HMAC-SHA256 of them)</c>. Opening checks the size, the shape and the
/// MAC in constant time before anything is parsed; each signer then reads its own lines.</summary>
internal static class SignedLines
{
    // 9999-12-31: the last second DateTimeOffset.FromUnixTimeSeconds takes.
    private const long MaxExpirySeconds = 253_402_300_799;

    public static string Seal(byte[] key, params string[] lines)
    {
        var claims = Encoding.UTF8.GetBytes(string.Join('\n', lines));
        return $"{Base64Url.EncodeToString(claims)}.{Base64Url.EncodeToString(HMACSHA256.HashData(key, claims))}";
    }

    /// <summary>The signed lines when <paramref name="presented"/> is at most <paramref name="maxChars"/> long, well formed
    /// and signed with <paramref name="key"/>; null otherwise.</summary>
    public static string[]? Open(byte[] key, string presented, int maxChars)
    {
        var dot = presented.IndexOf('.', StringComparison.Ordinal);
        return presented.Length > maxChars || dot <= 0
            || !TryDecode(presented[..dot], out var claims) || !TryDecode(presented[(dot + 1)..], out var mac)
            || !CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(key, claims), mac)
            ? null
            : Encoding.UTF8.GetString(claims).Split('\n');
    }

    public static string Expiry(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    public static bool TryReadExpiry(string text, out DateTimeOffset at)
    {
        at = default;
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds > MaxExpirySeconds)
        {
            return false;
        }

        at = DateTimeOffset.FromUnixTimeSeconds(seconds);
        return true;
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
