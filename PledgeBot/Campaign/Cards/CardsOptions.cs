using System.ComponentModel.DataAnnotations;
using PledgeBot.Secrets;

namespace PledgeBot.Campaign.Cards;

public sealed class CardsOptions : IValidatableObject
{
    public const string Section = "Cards";

    /// <summary>The HMAC key that signs card URLs: base64 of at least 32 bytes, or any text of at least 32 characters.
    /// When empty, every instance on one store shares a key generated once in the store (Secrets/GeneratedKeys).</summary>
    public string? SigningKey { get; set; }

    /// <summary>How many bytes of rendered PNGs stay in memory (a card is about 100 KB).</summary>
    [Range(1L << 20, 1L << 32)]
    public long CacheSizeBytes { get; set; } = 64L << 20;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(SigningKey) && !KeyText.TryDecode(SigningKey, out _))
        {
            // Never echo the value: it is a secret.
            yield return new ValidationResult(
                $"Cards:SigningKey must be base64 of at least {KeyText.MinimumBytes} bytes, or at least {KeyText.MinimumBytes} characters.",
                [nameof(SigningKey)]);
        }
    }
}
