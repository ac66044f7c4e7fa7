namespace PledgeBot.Conversations.NativeChannels;

/// <summary>The fixed facts of one platform's webhook: its channel id (metrics and logs), the largest body it takes,
/// and the words its refusals use. <paramref name="TooLargeOutcome"/> is the metric outcome of a 413: "bad-request",
/// except on Telegram, which has always counted it as "too-large".</summary>
public sealed record ChannelWebhookProfile(
    string ChannelId,
    int BodyLimit,
    string MalformedReason,
    string? MalformedTitle = null,
    string TooLargeOutcome = ChannelWebhookProfile.BadRequest)
{
    public const string BadRequest = "bad-request";
}
