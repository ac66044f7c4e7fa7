using System.ComponentModel.DataAnnotations;

namespace PledgeBot.Store;

public sealed class StoreOptions
{
    public const string Section = "Store";

    /// <summary>Where the embedded Garnet keeps its append-only file, and where earlier versions kept generated keys
    /// (moved into the store at start, Secrets/GeneratedKeys).</summary>
    [Required]
    public string DataDir { get; set; } = "./data";

    // A brace in the prefix would become the hash tag and put every conversation in one cluster slot.
    [Required]
    [RegularExpression(@"^[^{}\s]+$", ErrorMessage = "Store:KeyPrefix may not contain braces or whitespace.")]
    public string KeyPrefix { get; set; } = "pledgebot:";

    [Range(1, 365)]
    public int ConversationTtlDays { get; set; } = 30;

    [Range(1, 24 * 60)]
    public int DeduplicationMinutes { get; set; } = 10;

    /// <summary>How many recently active conversations each instance keeps in memory (state and version), so their
    /// turns skip the read; a few KB each. 0 turns the cache off.</summary>
    [Range(0, 10_000_000)]
    public int StateCacheEntries { get; set; } = 20_000;

    /// <summary>Pledger records live in 2^bits hash buckets (RedisKeys.PledgerBucket). Size it so the expected pledgers
    /// put some 30–80 in each bucket (under Redis's 128-entry listpack limit); fixed for the life of the data.</summary>
    [Range(0, RedisKeys.MaxPledgerBucketBits)]
    public int PledgerBucketBits { get; set; } = RedisKeys.DefaultPledgerBucketBits;
}
