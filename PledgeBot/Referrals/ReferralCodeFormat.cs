using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace PledgeBot.Referrals;

/// <summary>What a referral code looks like: case-insensitive, stored and counted upper-case.</summary>
internal static class ReferralCodeFormat
{
    // No 0/O and no 1/I: a code read off a poster or under a QR code is typed back without guessing. 32 symbols
    // over 8 places give 2^40 codes, so a random new code almost never meets an existing one.
    public const string PeerAlphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    public const int PeerLength = 8;

    private const int MinLength = 3;
    private const int MaxLength = 32;

    public static string NewPeerCode() => RandomNumberGenerator.GetString(PeerAlphabet, PeerLength);

    /// <summary>Upper-cases a code of 3–32 ASCII letters, digits, <c>-</c> or <c>_</c>. A code arrives in links
    /// anyone can type, and becomes part of a key's {hash tag} and a CSV field: nothing else gets that far.</summary>
    public static bool TryNormalize(string? text, [NotNullWhen(true)] out string? code)
    {
        code = null;
        var trimmed = text.AsSpan().Trim();
        if (trimmed.Length is < MinLength or > MaxLength)
        {
            return false;
        }

        foreach (var c in trimmed)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_'))
            {
                return false;
            }
        }

        code = trimmed.ToString().ToUpperInvariant();
        return true;
    }
}
