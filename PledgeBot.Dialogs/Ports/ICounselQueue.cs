namespace PledgeBot.Dialogs.Ports;

/// <summary>The counsellor console's queue as the young person's side of "talk to a person" sees it: join it, say
/// something while in it, keep waiting, leave. Conversations are named by their state key, never a raw channel id.</summary>
public interface ICounselQueue
{
    /// <summary>Puts the conversation in the queue (once: a second call finds the first place) and returns its place.</summary>
    Task<CounselSeat> EnqueueAsync(CounselRequest request, CancellationToken cancellationToken);

    /// <summary>Where the conversation is: not in the queue, waiting (at a place), or with a counsellor.</summary>
    Task<CounselSeat> FindAsync(StateKey conversation, CancellationToken cancellationToken);

    /// <summary>Passes a message to the counsellor's view (kept encrypted for the chat's lifetime) with its risk; a
    /// risk higher than before moves a waiting conversation up the queue. Returns where the conversation is after.</summary>
    Task<CounselSeat> RelayAsync(StateKey conversation, CounselMessage message, CancellationToken cancellationToken);

    /// <summary>The young person chose to keep waiting after the wait ran out: the wait starts again.</summary>
    Task<CounselSeat> KeepWaitingAsync(StateKey conversation, CancellationToken cancellationToken);

    /// <summary>Leaves the queue or ends the chat ("back to bot", or "delete my data"): the chat's text goes with it.</summary>
    Task LeaveAsync(StateKey conversation, CancellationToken cancellationToken);

    /// <summary>Counts a young person sent to 111 because no counsellor could be offered.</summary>
    Task RecordFallbackAsync(string channel, CounselFallback reason, DateTimeOffset at, CancellationToken cancellationToken);
}
