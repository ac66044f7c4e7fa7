namespace PledgeBot.Conversations.NativeChannels;

/// <summary>What became of a webhook's activity: queued for a turn, dropped as a redelivery, or refused because the
/// queue is full (the endpoint answers 503 and the platform delivers it again).</summary>
public enum ChannelAcceptance
{
    Queued,
    Duplicate,
    Busy,
}
