namespace PledgeBot.Staff.Exports;

/// <summary>Where a column goes in a row's JSON object: a property (<c>referralCode</c>), a property of a nested object
/// (<c>fallbacks.timeout</c>) or the next item of a nested array (<c>scores[]</c>). Columns of one group stand side by
/// side in the declaration, so the group is opened once.</summary>
public sealed record ExportJsonSlot(string? Group, bool InArray, string? Name)
{
    private const string ArraySuffix = "[]";

    public static ExportJsonSlot Parse(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (path.EndsWith(ArraySuffix, StringComparison.Ordinal))
        {
            return new ExportJsonSlot(path[..^ArraySuffix.Length], InArray: true, Name: null);
        }

        var dot = path.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? new ExportJsonSlot(null, InArray: false, path) : new ExportJsonSlot(path[..dot], InArray: false, path[(dot + 1)..]);
    }

    /// <summary>The JSON name of a CSV column, <c>referral_code</c> → <c>referralCode</c>.</summary>
    public static string CamelCase(string header)
    {
        ArgumentException.ThrowIfNullOrEmpty(header);
        var words = header.Split('_', StringSplitOptions.RemoveEmptyEntries);
        return string.Concat(words.Select((word, i) => i == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..]));
    }
}
