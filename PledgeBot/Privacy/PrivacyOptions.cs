using System.ComponentModel.DataAnnotations;
using PledgeBot.Secrets;

namespace PledgeBot.Privacy;

public sealed class PrivacyOptions : IValidatableObject
{
    public const string Section = "Privacy";

    /// <summary>The HMAC key for user and conversation ids: base64 of at least 32 bytes, or any text of at least 32
    /// characters. When empty, every instance on one store shares a key generated once in the store (Secrets/GeneratedKeys).</summary>
    public string? UserIdKey { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(UserIdKey) && !KeyText.TryDecode(UserIdKey, out _))
        {
            // Never echo the value: it is a secret.
            yield return new ValidationResult(
                $"Privacy:UserIdKey must be base64 of at least {KeyText.MinimumBytes} bytes, or at least {KeyText.MinimumBytes} characters.",
                [nameof(UserIdKey)]);
        }
    }
}
