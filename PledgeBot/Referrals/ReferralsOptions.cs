using System.ComponentModel.DataAnnotations;
using PledgeBot.Secrets;

namespace PledgeBot.Referrals;

public sealed class ReferralsOptions : IValidatableObject
{
    public const string Section = "Referrals";

    /// <summary>The HMAC key that signs influencers' stats links (<c>/r/{code}?sig=</c>): base64 of at least 32 bytes,
    /// or at least 32 characters. When empty, every instance on one store shares a key generated once in the store (Secrets/GeneratedKeys).</summary>
    public string? StatsSigningKey { get; set; }

    /// <summary>The most rows one bulk import may carry.</summary>
    [Range(1, 100_000)]
    public int MaxImportRows { get; set; } = 5_000;

    /// <summary>Codes per page of the staff list.</summary>
    [Range(1, 1_000)]
    public int PageSize { get; set; } = 50;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(StatsSigningKey) && !KeyText.TryDecode(StatsSigningKey, out _))
        {
            yield return new ValidationResult(
                $"Referrals:StatsSigningKey must be base64 of at least {KeyText.MinimumBytes} bytes, or at least {KeyText.MinimumBytes} characters.",
                [nameof(StatsSigningKey)]);
        }
    }
}
