using System.ComponentModel.DataAnnotations;
using PledgeBot.Privacy;

namespace PledgeBot.Cards;

public sealed class CardsOptions : IValidatableObject
{
    public const string Section = "Cards";

    /// <summary>The HMAC key that signs card URLs: base64 of at least 32 bytes, or any text of at least 32 characters.
    /// When empty, a key is generated once under <c>{Store:DataDir}/cards</c>.</summary>
    public string? SigningKey { get; set; }

    /// <summary>How many bytes of rendered PNGs stay in memory (a card is about 100 KB).</summary>
    [Range(1L << 20, 1L << 32)]
    public long CacheSizeBytes { get; set; } = 64L << 20;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(SigningKey) && !PrivacyOptions.TryDecodeKey(SigningKey, out _))
        {
            // Never echo the value: it is a secret.
            yield return new ValidationResult(
                $"Cards:SigningKey must be base64 of at least {PrivacyOptions.MinimumKeyBytes} bytes, or at least {PrivacyOptions.MinimumKeyBytes} characters.",
                [nameof(SigningKey)]);
        }
    }
}
