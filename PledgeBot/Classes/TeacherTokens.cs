using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using PledgeBot.Secrets;

namespace PledgeBot.Classes;

/// <summary>Teacher tokens: <c>{expiry}.{HMAC-SHA256 of the class code and expiry, 128 bits, base64url}</c>. A token
/// opens one class's screen, controls and results until the session's end, and nothing else.</summary>
public sealed class TeacherTokens
{
    private const int SignatureBytes = 16;
    private const int MaxLength = 64;

    private readonly byte[] _key;
    private readonly TimeProvider _time;

    public TeacherTokens(IOptions<ClassesOptions> options, GeneratedKeys keys, TimeProvider time)
    {
        _key = keys.Resolve(GeneratedKey.ClassTeacherToken, options, classes => classes.TokenKey);
        _time = time;
    }

    public string Sign(string code, DateTimeOffset expiresAt)
    {
        var expiry = expiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"{expiry}.{Base64Url.EncodeToString(Mac(code, expiry))}";
    }

    /// <summary>True when <paramref name="token"/> was signed for <paramref name="code"/> and has not expired.</summary>
    public bool Verify(string code, string? token)
    {
        var dot = token?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        if (token is null || token.Length > MaxLength || dot < 1)
        {
            return false;
        }

        var expiry = token[..dot];
        if (!long.TryParse(expiry, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds < _time.GetUtcNow().ToUnixTimeSeconds())
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Base64Url.EncodeToString(Mac(code, expiry)));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.UTF8.GetBytes(token[(dot + 1)..]));
    }

    private byte[] Mac(string code, string expiry) =>
        HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"class-teacher\n{code}\n{expiry}"))[..SignatureBytes];
}
