using PledgeBot.Dialogs.Activities;

namespace PledgeBot.Conversations.DirectLine;

/// <summary>Direct Line's answer to a poll and each stream message: activities after a watermark, and the new watermark.</summary>
public sealed record ActivitySet(IReadOnlyList<Activity> Activities, string? Watermark);
