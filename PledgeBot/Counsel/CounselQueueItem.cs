namespace PledgeBot.Counsel;

/// <summary>A chat as <c>GET /api/counsel/queue</c> lists it: no text and no names. <c>ClaimedBy</c> is the id of the
/// counsellor key holding it; <c>ClaimedByYou</c> says whether that is the caller's.</summary>
public sealed record CounselQueueItem(
    string Id,
    string Channel,
    string Language,
    string Risk,
    IReadOnlyList<string> Categories,
    long WaitingSeconds,
    DateTimeOffset? ReplyWindowEndsAt,
    string? ClaimedBy,
    bool ClaimedByYou);
