using PledgeBot.Dialogs.Content;

namespace PledgeBot.Conversations.NativeChannels;

/// <summary>Content keys of what the native channels say themselves (Content/*/common.json).</summary>
public static class ChannelText
{
    /// <summary>The reply that answers a "More…" tap with the rest of the options.</summary>
    public static readonly TextKey MoreOptions = new("channels.moreOptions");

    /// <summary>The title of the action that brings the options over a platform's limit.</summary>
    public static readonly TextKey More = new("channels.more");

    /// <summary>Telegram's answer to a tap on a button whose data has expired.</summary>
    public static readonly TextKey ButtonExpired = new("channels.buttonExpired");
}
