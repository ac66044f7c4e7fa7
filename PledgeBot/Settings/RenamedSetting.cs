namespace PledgeBot.Settings;

/// <summary>A setting that was renamed: the old key is still read (with a warning at start) while the new one is unset.</summary>
public sealed record RenamedSetting(string OldKey, string NewKey);
