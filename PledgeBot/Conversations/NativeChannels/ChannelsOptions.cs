using System.ComponentModel.DataAnnotations;

namespace PledgeBot.Conversations.NativeChannels;

/// <summary>How queued turns run after the request has been answered (<c>Channels:Queue</c>): the native channels'
/// webhooks and <c>/api/messages</c> share one queue.</summary>
public sealed class ChannelsOptions
{
    public const string Section = "Channels:Queue";

    /// <summary>Turns waiting or running at once across all channels; a webhook over it is answered 503 so the
    /// platform delivers it again later.</summary>
    [Range(1, 1_000_000)]
    public int Capacity { get; set; } = 10_000;

    /// <summary>Conversations whose turns run at the same time (each conversation's own turns run one by one).</summary>
    [Range(1, 4096)]
    public int Concurrency { get; set; } = 64;

    /// <summary>How long shutdown waits for queued turns to finish before abandoning them.</summary>
    public TimeSpan DrainTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Platform message ids remembered in process to drop redeliveries before they are queued.</summary>
    [Range(0, 10_000_000)]
    public int RecentDeliveries { get; set; } = 100_000;

    /// <summary>How long a "More…" list of actions stays available to the conversation it was offered to.</summary>
    public TimeSpan OverflowLifetime { get; set; } = TimeSpan.FromHours(6);
}
