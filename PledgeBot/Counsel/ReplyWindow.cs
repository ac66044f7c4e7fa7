namespace PledgeBot.Counsel;

/// <summary>Until when a channel lets a counsellor answer, counted from the young person's last message. Sources
/// (docs/counsel.md): Messenger's standard messaging window is 24 hours after the person's last message (Meta, Send
/// API "messaging types"); the HUMAN_AGENT tag that stretches it to 7 days needs a permission Meta grants per app, which
/// this host's sender does not use, so 24 hours is the window. Zalo OA consultation messages ("tin tư vấn") may be sent
/// for 7 days after the user's last interaction (Zalo answers -230 after that). Telegram bots and Web Chat (Direct
/// Line, the Emulator) have no such window: null.</summary>
public static class ReplyWindow
{
    public static readonly TimeSpan Messenger = TimeSpan.FromHours(24);
    public static readonly TimeSpan Zalo = TimeSpan.FromDays(7);

    public static DateTimeOffset? EndsAt(string channel, DateTimeOffset lastUserMessage) => channel switch
    {
        "facebook" => lastUserMessage + Messenger,
        "zalo" => lastUserMessage + Zalo,
        _ => null,
    };
}
