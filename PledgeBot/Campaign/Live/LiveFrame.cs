using System.Globalization;
using System.Text;
using System.Text.Json;
using PledgeBot.Campaign.Stats;

namespace PledgeBot.Campaign.Live;

/// <summary>Server-Sent Events frames (WHATWG HTML, "Server-sent events"), encoded once and written to every
/// subscriber as they are.</summary>
internal static class LiveFrame
{
    public const int TopProvinces = 5;
    public const int RetryMilliseconds = 3_000;

    /// <summary>Sent first: how long EventSource waits before it reconnects by itself.</summary>
    public static ReadOnlyMemory<byte> Retry { get; } = Encoding.UTF8.GetBytes(
        string.Create(CultureInfo.InvariantCulture, $"retry: {RetryMilliseconds}\n\n"));

    /// <summary>A comment line: EventSource ignores it; proxies see traffic.</summary>
    public static ReadOnlyMemory<byte> Heartbeat { get; } = ": heartbeat\n\n"u8.ToArray();

    public static LiveTotals From(PublicTotals totals) => new(
        totals.Pledges,
        [.. totals.PledgesByProvince.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(TopProvinces).Select(p => new LiveProvince(p.Key, p.Value))]);

    /// <summary><c>event: totals</c> with the JSON on one data line (JSON escapes line breaks) and the total as id.</summary>
    public static LiveEvent Totals(LiveTotals totals)
    {
        var json = JsonSerializer.Serialize(totals, CampaignJsonContext.Default.LiveTotals);
        return new LiveEvent(
            totals.Pledges,
            Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"event: totals\nid: {totals.Pledges}\ndata: {json}\n\n")));
    }
}
