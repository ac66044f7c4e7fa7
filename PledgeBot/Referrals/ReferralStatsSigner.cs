using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using PledgeBot.Privacy;
using PledgeBot.Store;

namespace PledgeBot.Referrals;

/// <summary>Signs a code's stats link with HMAC-SHA256 truncated to 128 bits (base64url): an influencer sees their own
/// numbers without a staff key, and nobody can read another code's by changing the URL.</summary>
public sealed class ReferralStatsSigner
{
    private const int SignatureBytes = 16;
    private const int SignatureChars = 22;

    private static readonly GeneratedKeyFile s_file = new(
        "referrals", "stats-signing.key", "Referrals:StatsSigningKey", "every stats link already handed out would break");

    private readonly byte[] _key;

    public ReferralStatsSigner(IOptions<ReferralsOptions> referrals, IOptions<StoreOptions> store, ILogger<ReferralStatsSigner> logger)
    {
        ArgumentNullException.ThrowIfNull(referrals);
        ArgumentNullException.ThrowIfNull(store);
        if (PrivacyOptions.TryDecodeKey(referrals.Value.StatsSigningKey, out var configured))
        {
            _key = configured;
            return;
        }

        _key = s_file.LoadOrCreate(store.Value.DataDir, out var generated);
        if (generated)
        {
            logger.StatsKeyGenerated(s_file.PathIn(store.Value.DataDir));
        }
    }

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
