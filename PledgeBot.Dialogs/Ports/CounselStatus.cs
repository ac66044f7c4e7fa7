namespace PledgeBot.Dialogs.Ports;

/// <summary>A conversation's part in the counsellor console.</summary>
public enum CounselStatus
{
    /// <summary>Not in the queue (never, or the chat ended).</summary>
    None,

    Waiting,

    /// <summary>A counsellor has claimed it: the bot stays silent.</summary>
    Connected,
}
