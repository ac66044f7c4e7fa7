using System.ComponentModel.DataAnnotations;

namespace PledgeBot.Dialogs.Flows.TalkToSomeone.Counsel;

/// <summary>The counsellor console (section Counsel), used when <c>Handoff:Mode</c> is console: opening hours in Viet
/// Nam time, how long a young person waits before the bot offers 111 again, how long a chat's text is kept, and the
/// counsellors' keys.</summary>
public sealed class CounselOptions : IValidatableObject
{
    public const string Section = "Counsel";

    /// <summary>Daily opening hours in Viet Nam time, <c>HH:mm-HH:mm</c>; an end before the start runs past midnight,
    /// equal ends are the whole day.</summary>
    public string Hours { get; set; } = "08:00-22:00";

    /// <summary>Opening days: English day names or ranges, comma-separated (<c>Mon-Fri,Sun</c>).</summary>
    public string Days { get; set; } = "Mon-Sun";

    /// <summary>Unclaimed this long, the young person is offered 111, to keep waiting, or to go back to the bot.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan MaxWait { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long the encrypted text of a chat is kept for continuity between counsellors.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "7.00:00:00")]
    public TimeSpan TranscriptLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Lowercase hex SHA-256 of each counsellor key's UTF-8 bytes; never the keys. A role of its own: these keys
    /// open the console only, staff keys never do.</summary>
    public IList<string> ApiKeys { get; } = [];

    /// <summary>The AES-256 key of the stored chat text (base64 of 32 bytes); generated once in the store when empty.</summary>
    public string? TranscriptKey { get; set; }

    /// <summary>How often one instance looks for young people who have waited past <see cref="MaxWait"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:05:00")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(5);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!CounselHours.TryParse(Hours, Days, out _, out var reason))
        {
            yield return new ValidationResult(reason, [nameof(Hours), nameof(Days)]);
        }

        if (ApiKeys.Any(hash => hash is null || hash.Length != 64 || !hash.All(char.IsAsciiHexDigitLower)))
        {
            // A key pasted where its hash belongs would lock counsellors out silently; never echo the value.
            yield return new ValidationResult(
                "Each Counsel:ApiKeys entry must be the lowercase hex SHA-256 (64 characters) of a key, not the key itself.",
                [nameof(ApiKeys)]);
        }
    }
}
