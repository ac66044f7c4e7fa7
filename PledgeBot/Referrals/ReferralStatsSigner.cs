using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using PledgeBot.Secrets;

namespace PledgeBot.Referrals;

/// <summary>Signs a code's stats link with HMAC-SHA256 truncated to 128 bits (base64url): an influencer sees their own
/// numbers without a staff key, and nobody can read another code's by changing the URL.</summary>
public sealed class ReferralStatsSigner
{
    private const int SignatureBytes = 16;
    private const int SignatureChars = 22;

    private readonly byte[] _key;

    public ReferralStatsSigner(IOptions<ReferralsOptions> referrals, GeneratedKeys keys)
        : this(keys.Resolve(GeneratedKey.ReferralStats, referrals, options => options.StatsSigningKey))
    {
    }

    internal ReferralStatsSigner(byte[] key) => _key = key;

    public string Sign(string code) => Base64Url.EncodeToString(Mac(code));

    /// <summary>True when <paramref name="signature"/> is exactly the code's; compared in constant time.</summary>
    public bool Verify(string code, string? signature)
    {
        if (signature is null || signature.Length != SignatureChars)
        {
            return false;
        }

        Span<byte> expected = stackalloc byte[SignatureChars];
        Base64Url.EncodeToUtf8(Mac(code), expected);
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.UTF8.GetBytes(signature));
    }

    // Upper-case, as stored: /r/kol1 and /r/KOL1 are one code with one signature.
    private byte[] Mac(string code) =>
        HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"referral-stats\n{code.ToUpperInvariant()}"))[..SignatureBytes];
}
