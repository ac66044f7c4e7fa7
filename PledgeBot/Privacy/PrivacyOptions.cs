using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace PledgeBot.Privacy;

public sealed class PrivacyOptions : IValidatableObject
{
    public const string Section = "Privacy";

    internal const int MinimumKeyBytes = 32;

    /// <summary>The HMAC key for user and conversation ids: base64 of at least 32 bytes, or any text of at least 32
    /// characters. When empty, a key is generated once under <c>{Store:DataDir}/privacy</c>.</summary>
    public string? UserIdKey { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(UserIdKey) && !TryDecodeKey(UserIdKey, out _))
        {
            // Never echo the value: it is a secret.
            yield return new ValidationResult(
                $"Privacy:UserIdKey must be base64 of at least {MinimumKeyBytes} bytes, or at least {MinimumKeyBytes} characters.",
                [nameof(UserIdKey)]);
        }
    }

    // Base64 that decodes to enough bytes is used decoded; otherwise long enough text is used as its UTF-8 bytes.
    internal static bool TryDecodeKey(string? text, [NotNullWhen(true)] out byte[]? key)
    {
        key = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = text.Trim();
        var buffer = new byte[text.Length];
        if (Convert.TryFromBase64String(text, buffer, out var written) && written >= MinimumKeyBytes)
        {
            key = buffer[..written];
        }
        else if (text.Length >= MinimumKeyBytes)
        {
            key = Encoding.UTF8.GetBytes(text);
        }

        return key is not null;
    }
}
