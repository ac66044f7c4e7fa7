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

    /// <summary>Conversation state expires after this long without activity (was ConversationTtlDays).</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "365.00:00:00")]
    public TimeSpan ConversationTtl { get; set; } = TimeSpan.FromDays(30);

    /// <summary>A redelivered activity id within this window is acknowledged and not processed again (was DeduplicationMinutes).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan DeduplicationWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How many recently active conversations each instance keeps in memory (state and version), so their
    /// turns skip the read; a few KB each. 0 turns the cache off.</summary>
    [Range(0, 10_000_000)]
    public int StateCacheEntries { get; set; } = 20_000;

    /// <summary>Pledger records live in 2^bits hash buckets (RedisKeys.PledgerBucket). Size it so the expected pledgers
    /// put some 30–80 in each bucket (under Redis's 128-entry listpack limit); fixed for the life of the data.</summary>
    [Range(0, RedisKeys.MaxPledgerBucketBits)]
    public int PledgerBucketBits { get; set; } = RedisKeys.DefaultPledgerBucketBits;
}
