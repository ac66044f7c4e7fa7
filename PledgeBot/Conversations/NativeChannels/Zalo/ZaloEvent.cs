namespace PledgeBot.Conversations.NativeChannels.Zalo;

/// <summary>One Zalo webhook event (Zalo OA API v3): only the fields the adapter reads. <c>user_submit_info</c>'s
/// <c>info</c> and any profile fields are deliberately not modelled, so they are never even parsed.</summary>
public sealed record ZaloEvent
{
    public string? AppId { get; init; }

    public string? OaId { get; init; }

    public string? EventName { get; init; }

    /// <summary>Epoch milliseconds; Zalo sends a string, numbers are read too.</summary>
    public long? Timestamp { get; init; }

    public ZaloParty? Sender { get; init; }

    public ZaloParty? Recipient { get; init; }

    /// <summary>On <c>follow</c> / <c>unfollow</c>.</summary>
    public ZaloParty? Follower { get; init; }

    /// <summary>On <c>user_click_chatnow</c>.</summary>
    public string? UserId { get; init; }

    public ZaloInboundMessage? Message { get; init; }
}

/// <summary>A user or OA reference: <c>{"id": "…"}</c>.</summary>
public sealed record ZaloParty(string? Id);

/// <summary>The <c>message</c> of <c>user_send_text</c> / <c>user_send_image</c>; attachments are not read.</summary>
public sealed record ZaloInboundMessage(string? MsgId, string? Text);
