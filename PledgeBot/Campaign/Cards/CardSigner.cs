using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Secrets;

namespace PledgeBot.Campaign.Cards;

/// <summary>Signs a pledge card's parameters with HMAC-SHA256 truncated to 128 bits (base64url), so nobody can mint a
/// campaign card with a number they never got.</summary>
public sealed class CardSigner
{
    private const int SignatureBytes = 16;
    private const int SignatureChars = 22;

    private readonly byte[] _key;

    public CardSigner(IOptions<CardsOptions> cards, GeneratedKeys keys)
        : this(keys.Resolve(GeneratedKey.CardSigning, cards, options => options.SigningKey))
    {
    }

    internal CardSigner(byte[] key) => _key = key;

    public string Sign(PledgeCard card) => Base64Url.EncodeToString(Mac(card));

    /// <summary>True when <paramref name="signature"/> is exactly this card's; compared in constant time.</summary>
    public bool Verify(PledgeCard card, string signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        Span<byte> expected = stackalloc byte[SignatureChars];
        Base64Url.EncodeToUtf8(Mac(card), expected);
        return signature.Length == SignatureChars
            && CryptographicOperations.FixedTimeEquals(expected, Encoding.UTF8.GetBytes(signature));
    }

    private byte[] Mac(PledgeCard card) =>
        HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(CardQuery.Canonical(card)))[..SignatureBytes];
}
