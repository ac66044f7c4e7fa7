namespace PledgeBot.Dialogs.Ports;

/// <summary>A keyed hash naming a conversation's stored state; never a raw channel id (README.md, "Where the data
/// lives").</summary>
public readonly record struct StateKey
{
    private StateKey(string value) => Value = value;

    public string Value { get; }

    /// <summary>Accepts 16–128 lowercase hex characters, the shape <see cref="IPseudonymizer"/> produces.</summary>
    public static bool TryParse(string? text, out StateKey key)
    {
        key = default;
        if (text is null || text.Length is < 16 or > 128 || !text.All(char.IsAsciiHexDigitLower))
        {
            return false;
        }

        key = new StateKey(text);
        return true;
    }

    public static StateKey Parse(string text) =>
        TryParse(text, out var key) ? key : throw new FormatException("A state key is 16–128 lowercase hex characters.");

    public override string ToString() => Value;
}
