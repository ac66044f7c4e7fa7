namespace PledgeBot.Dialogs.Ports;

/// <summary>A keyed hash of a channel user id, the only form of a user id that may be stored (README.md, "Where the
/// data lives").</summary>
public readonly record struct UserHash
{
    private UserHash(string value) => Value = value;

    public string Value { get; }

    /// <summary>Accepts 16–128 lowercase hex characters, the shape <see cref="IPseudonymizer"/> produces.</summary>
    public static bool TryParse(string? text, out UserHash hash)
    {
        hash = default;
        if (text is null || text.Length is < 16 or > 128 || !text.All(char.IsAsciiHexDigitLower))
        {
            return false;
        }

        hash = new UserHash(text);
        return true;
    }

    public static UserHash Parse(string text) =>
        TryParse(text, out var hash) ? hash : throw new FormatException("A user hash is 16–128 lowercase hex characters.");

    public override string ToString() => Value;
}
