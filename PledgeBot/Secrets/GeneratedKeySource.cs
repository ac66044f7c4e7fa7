namespace PledgeBot.Secrets;

/// <summary>Where a key in use came from; logged at start, never the key.</summary>
public enum GeneratedKeySource
{
    /// <summary>Its setting (app settings, Key Vault).</summary>
    Configuration,

    /// <summary>The store, where an instance (this one earlier, or another) created it.</summary>
    Store,

    /// <summary>Made by this instance now and published to the store for every other.</summary>
    Created,

    /// <summary>A key file an earlier version kept under the data dir, now published to the store.</summary>
    MigratedFile,
}
