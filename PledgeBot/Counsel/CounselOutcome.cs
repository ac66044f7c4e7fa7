namespace PledgeBot.Counsel;

/// <summary>What became of a counsellor's action on a chat.</summary>
public enum CounselOutcome
{
    Done,
    NotFound,

    /// <summary>Another counsellor key holds the chat (or, for an answer, no key has claimed it).</summary>
    HeldByAnother,

    /// <summary>The channel's reply window has closed (Messenger 24 h, Zalo 7 days after the young person's last message).</summary>
    WindowClosed,

    DeliveryFailed,
    Unreachable,
}
