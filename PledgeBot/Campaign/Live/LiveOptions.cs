using System.ComponentModel.DataAnnotations;

namespace PledgeBot.Campaign.Live;

public sealed class LiveOptions
{
    public const string Section = "Live";

    /// <summary>Open <c>/api/stats/stream</c> connections one instance serves; one more gets 503.</summary>
    [Range(1, 100_000)]
    public int MaxSubscribers { get; set; } = 2_000;

    /// <summary>How often the one poller per instance reads the totals while anyone is watching.</summary>
    [Range(typeof(TimeSpan), "00:00:00.1", "00:00:10")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>A comment line this often keeps proxies from closing a quiet stream.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan Heartbeat { get; set; } = TimeSpan.FromSeconds(15);
}
