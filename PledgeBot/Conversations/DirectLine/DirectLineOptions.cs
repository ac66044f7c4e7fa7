using System.ComponentModel.DataAnnotations;
using PledgeBot.Secrets;

namespace PledgeBot.Conversations.DirectLine;

public sealed class DirectLineOptions : IValidatableObject
{
    public const string Section = "DirectLine";

    /// <summary>The HMAC key that signs Direct Line tokens: base64 of at least 32 bytes, or any text of at least 32
    /// characters. When empty, every instance on one store shares a key generated once in the store (Secrets/GeneratedKeys).</summary>
    public string? TokenKey { get; set; }

    /// <summary>When set, <c>tokens/generate</c> and <c>conversations</c> also accept it as a Bearer secret
    /// (server-to-server use). The page never needs it.</summary>
    public string? Secret { get; set; }

    /// <summary>How long a token lives; Web Chat refreshes at half of an assumed 30 minutes (DirectLineJS).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long the campaign page's user token (one identity per browser) lasts after the browser last asked
    /// for a chat; each visit renews it.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "730.00:00:00")]
    public TimeSpan UserTokenLifetime { get; set; } = TimeSpan.FromDays(180);

    /// <summary>New tokens (new conversations) one client address may ask for per minute.</summary>
    [Range(1, 10_000)]
    public int TokensPerMinute { get; set; } = 20;

    /// <summary>The most activities a conversation's log keeps; older ones are trimmed.</summary>
    [Range(10, 100_000)]
    public int ActivityLogLength { get; set; } = 500;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(TokenKey) && !KeyText.TryDecode(TokenKey, out _))
        {
            // Never echo the value: it is a secret.
            yield return new ValidationResult(
                $"DirectLine:TokenKey must be base64 of at least {KeyText.MinimumBytes} bytes, or at least {KeyText.MinimumBytes} characters.",
                [nameof(TokenKey)]);
        }

        if (Secret is { Length: > 0 and < 16 })
        {
            yield return new ValidationResult("DirectLine:Secret must be at least 16 characters when set.", [nameof(Secret)]);
        }
    }
}
