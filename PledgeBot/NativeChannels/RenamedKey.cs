namespace PledgeBot.NativeChannels;

/// <summary>A configuration key that moved: the old one is still read while the new one is unset, with a warning at
/// start (<see cref="RenamedKeyWarnings"/>).</summary>
public sealed record RenamedKey(string OldKey, string NewKey)
{
    /// <summary><paramref name="current"/> (bound from the new key) when set, else the old key's value.</summary>
    public string? Read(IConfiguration configuration, string? current)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return string.IsNullOrWhiteSpace(current) && configuration[OldKey] is { } old && !string.IsNullOrWhiteSpace(old) ? old : current;
    }

    /// <summary>True when the old key is set, so the operator should be told to move it.</summary>
    public bool IsUsed(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return !string.IsNullOrWhiteSpace(configuration[OldKey]);
    }
}
