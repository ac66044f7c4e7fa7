namespace PledgeBot.Conversations.NativeChannels.Zalo;

/// <summary>The webhook events the adapter reads (Zalo OA API v3 webhook); every other event is answered 200 and
/// ignored.</summary>
public static class ZaloEventNames
{
    public const string UserSendText = "user_send_text";
    public const string UserSendImage = "user_send_image";
    public const string Follow = "follow";
    public const string UserSubmitInfo = "user_submit_info";
}
