using System.Text.RegularExpressions;

namespace PledgeBot.Dialogs.Safety;

/// <summary>Takes personal data out of a text before anything may keep or log it (Decree 13/2023/ND-CP):
/// links to a person's profile, emails, Vietnamese phone numbers, ID numbers, account-like numbers and street addresses
/// with a house number. Over-redacting is fine; missing one is not.</summary>
public static partial class PiiRedactor
{
    public const string Link = "[link]";
    public const string Email = "[email]";
    public const string Phone = "[phone]";
    public const string IdNumber = "[id]";
    public const string Account = "[account]";
    public const string Address = "[address]";
    public const string Handle = "[user]";

    public static string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Each pattern needs a character most chat messages do not have: a link a dot or "://", an email or handle
        // an @, a number, address, ID or account a digit. Skipping the patterns that cannot match changes nothing.
        var redacted = text.Contains('.', StringComparison.Ordinal) || text.Contains("://", StringComparison.Ordinal)
            ? UrlPattern().Replace(text, Link)
            : text;
        if (redacted.Contains('@', StringComparison.Ordinal))
        {
            redacted = EmailPattern().Replace(redacted, Email);
            redacted = HandlePattern().Replace(redacted, Handle);
        }

        if (redacted.AsSpan().IndexOfAnyInRange('0', '9') < 0)
        {
            return redacted;
        }

        redacted = PhonePattern().Replace(redacted, match => IsPhoneNumber(match.Value) ? Phone : match.Value);
        redacted = AddressPattern().Replace(redacted, Address);
        redacted = IdPattern().Replace(redacted, IdNumber);
        return AccountPattern().Replace(redacted, Account);
    }

    // Mobiles are 0 + 9 digits, landlines 0 + 2-digit area + 8 digits; +84 / 0084 / 84 stand for the leading 0.
    private static bool IsPhoneNumber(string candidate)
    {
        var digits = new string(candidate.Where(char.IsAsciiDigit).ToArray());
        if (digits.StartsWith("0084", StringComparison.Ordinal))
        {
            digits = "0" + digits[4..];
        }
        else if (digits.StartsWith("84", StringComparison.Ordinal) && !candidate.TrimStart().StartsWith('0'))
        {
            digits = "0" + digits[2..];
        }

        return digits.StartsWith('0') && digits.Length is 10 or 11;
    }

    [GeneratedRegex(@"\b(?:(?:https?://|www\.)\S+|(?:[a-z0-9-]+\.)*(?:facebook\.com|fb\.com|fb\.me|m\.me|zalo\.me|tiktok\.com|instagram\.com|t\.me|telegram\.me|youtube\.com|x\.com|twitter\.com|discord\.gg|snapchat\.com|threads\.net)/\S+)", RegexOptions.IgnoreCase)]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"[\p{L}0-9._%+-]+@[\p{L}0-9-]+(?:\.[\p{L}0-9-]+)*\.\p{L}{2,}", RegexOptions.IgnoreCase)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"(?<![\p{L}0-9@])@[\p{L}0-9_.]{3,}")]
    private static partial Regex HandlePattern();

    [GeneratedRegex(@"(?<![\d+])(?:\(?(?:\+|00)?84\)?[\s.\-]*\(?0?\)?|\(?0)\d{1,3}\)?(?:[\s.\-]?\d){6,9}(?!\d)")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"(?<![\d.,])(?:\d{12}|\d{9}|\d{3}[ \-]\d{3}[ \-]\d{3}(?:[ \-]\d{3})?)(?![\d.,])")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"(?<![\d.,])\d(?:[ \-]?\d){5,18}(?![\d.,])")]
    private static partial Regex AccountPattern();

    private const string Words = @"(?:\s+[\p{Lu}\p{Ll}][\p{L}]*){0,4}";

    [GeneratedRegex(
        @"\b(?:(?:số\s+nhà|so\s+nha|số|so|nhà|nha|kiệt|kiet|ngõ|ngo|ngách|ngach|hẻm|hem|hxh|lô|lo)\s+\d{1,5}[a-z]?(?:/\d{1,5}[a-z]?)*(?:\s+(?:ngõ|ngo|ngách|ngach|hẻm|hem|kiệt|kiet|đường|duong|phố|pho|tổ|to)\s+\d{0,5}[a-z]?)*"
        + @"(?:\s+(?:đường|duong|phố|pho|khu|thôn|thon|ấp|ap|phường|phuong|xã|xa))?" + Words
        + @"|\b\d{1,5}[a-z]?(?:/\d{1,5}[a-z]?)+(?:\s+\p{L}+){1,4}"
        + @"|\b\d{1,5}[a-z]?\s+(?:đường|duong|phố|pho|ngõ|ngo|hẻm|hem)" + Words
        + @"|\b\d{1,5}[a-z]?(?:\s+\p{Lu}[\p{L}]*){1,3}\s+(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|boulevard|blvd)\b\.?)",
        RegexOptions.IgnoreCase)]
    private static partial Regex AddressPattern();
}
