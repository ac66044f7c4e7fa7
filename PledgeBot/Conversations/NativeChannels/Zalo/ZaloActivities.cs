using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PledgeBot.Dialogs.Activities;

namespace PledgeBot.Conversations.NativeChannels.Zalo;

/// <summary>A verified Zalo event as the activity the turn pipeline runs (docs/channels/zalo.md). Text (and a tap on an
/// <c>oa.query.hide</c> button, which arrives as text) and an image's caption become messages; <c>follow</c> becomes a
/// conversationUpdate adding the user, so the bot greets. Everything else is null (ignored).</summary>
public static class ZaloActivities
{
    public const string ChannelId = "zalo";
    public const string Locale = "vi-VN";

    public static Activity? From(ZaloEvent zaloEvent, string oaId)
    {
        ArgumentNullException.ThrowIfNull(zaloEvent);
        ArgumentNullException.ThrowIfNull(oaId);
        switch (zaloEvent.EventName)
        {
            case ZaloEventNames.UserSendText or ZaloEventNames.UserSendImage when zaloEvent.Sender?.Id is { Length: > 0 } user:
                return Base(zaloEvent, oaId, user) with
                {
                    Type = ActivityTypes.Message,
                    Id = zaloEvent.Message?.MsgId is { Length: > 0 } msgId ? msgId : FallbackId(zaloEvent, user),
                    Text = zaloEvent.Message?.Text ?? string.Empty,
                };
            case ZaloEventNames.Follow when zaloEvent.Follower?.Id is { Length: > 0 } follower:
                return Base(zaloEvent, oaId, follower) with
                {
                    Type = ActivityTypes.ConversationUpdate,
                    Id = FallbackId(zaloEvent, follower),
                    MembersAdded = [new ChannelAccount { Id = follower }],
                };
            default:
                return null;
        }
    }

    /// <summary><c>zalo:&lt;oa_id&gt;:&lt;user_id&gt;</c>.</summary>
    public static string ConversationId(string oaId, string userId) => string.Concat("zalo:", oaId, ":", userId);

    /// <summary>The user id a conversation id names, for the send API's recipient.</summary>
    public static string? UserOf(string? conversationId, string oaId)
    {
        var prefix = string.Concat("zalo:", oaId, ":");
        return conversationId is not null && conversationId.StartsWith(prefix, StringComparison.Ordinal) && conversationId.Length > prefix.Length
            ? conversationId[prefix.Length..]
            : null;
    }

    private static Activity Base(ZaloEvent zaloEvent, string oaId, string user) => new()
    {
        ChannelId = ChannelId,
        From = new ChannelAccount { Id = user },
        Recipient = new ChannelAccount { Id = oaId },
        Conversation = new ConversationAccount { Id = ConversationId(oaId, user) },
        Locale = Locale,
        Timestamp = ChannelTime.FromUnixMilliseconds(zaloEvent.Timestamp),
    };

    // Events without a msg_id are told apart by name, user and time; hashed, so the id never spells out the user's.
    private static string FallbackId(ZaloEvent zaloEvent, string user)
    {
        var material = string.Join('|', zaloEvent.EventName, user, zaloEvent.Timestamp?.ToString(CultureInfo.InvariantCulture));
        return string.Concat(zaloEvent.EventName, ":", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(material)).AsSpan(0, 12)));
    }
}
