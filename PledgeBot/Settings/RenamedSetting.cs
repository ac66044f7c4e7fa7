namespace PledgeBot.Settings;

/// <summary>A setting that was renamed: the old key is still read while the new one is unset, with a warning at start
/// (<see cref="RenamedSettingsWarning"/>, for every registered <see cref="RenamedSetting"/>).</summary>
public sealed record RenamedSetting(string OldKey, string NewKey)
{
    /// <summary><paramref name="current"/> (bound from the new key) when set, else the old key's value.</summary>
    public string? Read(IConfiguration configuration, string? current)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return string.IsNullOrWhiteSpace(current) && configuration[OldKey] is { } old && !string.IsNullOrWhiteSpace(old) ? old : current;
    }
}
