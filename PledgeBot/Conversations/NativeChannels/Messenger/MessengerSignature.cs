using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace PledgeBot.Conversations.NativeChannels.Messenger;

/// <summary>Meta's webhook checks (Messenger Platform webhooks): <c>X-Hub-Signature-256: sha256=&lt;hex
/// HMAC-SHA256(raw body, app secret)&gt;</c> on the raw bytes, and the verify token of the <c>hub.*</c> handshake,
/// both compared in constant time.</summary>
public static class MessengerSignature
{
    public const string Header = "X-Hub-Signature-256";

    private const string Prefix = "sha256=";

    /// <summary>Null when <paramref name="header"/> signs <paramref name="body"/>; else the reason, for the log.</summary>
    public static string? Refusal(string? header, ReadOnlySpan<byte> body, string appSecret)
    {
        ArgumentNullException.ThrowIfNull(appSecret);
        if (string.IsNullOrEmpty(header))
        {
            return "missing-signature";
        }

        Span<byte> claimed = stackalloc byte[HMACSHA256.HashSizeInBytes];
        if (!header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)
            || header.Length != Prefix.Length + (2 * HMACSHA256.HashSizeInBytes)
            || Convert.FromHexString(header.AsSpan(Prefix.Length), claimed, out _, out var written) != OperationStatus.Done
            || written != claimed.Length)
        {
            return "malformed-signature";
        }

        Span<byte> actual = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), body, actual);
        return CryptographicOperations.FixedTimeEquals(claimed, actual) ? null : "bad-signature";
    }

    /// <summary>True when <paramref name="offered"/> is the verify token; hashing first keeps the time independent of
    /// where, and of whether the lengths, differ.</summary>
    public static bool IsVerifyToken(string? offered, string verifyToken)
    {
        ArgumentNullException.ThrowIfNull(verifyToken);
        if (offered is null)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(offered)), SHA256.HashData(Encoding.UTF8.GetBytes(verifyToken)));
    }
}
