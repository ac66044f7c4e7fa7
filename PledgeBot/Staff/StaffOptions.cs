using System.ComponentModel.DataAnnotations;

namespace PledgeBot.Staff;

public sealed class StaffOptions : IValidatableObject
{
    public const string Section = "Staff";

    /// <summary>Lowercase hex SHA-256 hashes of the staff API keys' UTF-8 bytes; never the keys. When empty, one key is
    /// generated at first start, printed once, and only its hash kept under <c>{Store:DataDir}/staff</c>.</summary>
    public IList<string> ApiKeys { get; } = [];

    /// <summary>Wrong keys one client address may send per window before it gets 429 for the rest of the window.</summary>
    [Range(1, 10_000)]
    public int FailedAttemptsPerWindow { get; set; } = 10;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan FailedAttemptsWindow { get; set; } = TimeSpan.FromMinutes(1);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ApiKeys.Any(hash => hash.Length != 64 || !hash.All(char.IsAsciiHexDigitLower)))
        {
            // A key pasted where its hash belongs would otherwise lock staff out silently; never echo the value.
            yield return new ValidationResult(
                "Each Staff:ApiKeys entry must be the lowercase hex SHA-256 (64 characters) of a key, not the key itself.",
                [nameof(ApiKeys)]);
        }
    }
}
