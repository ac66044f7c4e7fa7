using System.Text.Json.Serialization;

namespace PledgeBot.Counsel;

/// <summary>A chat as <c>GET /api/counsel/queue</c> lists it: no text and no names. <c>ClaimedBy</c> is the id of the
/// counsellor key holding it; <c>ClaimedByYou</c> says whether that is the caller's. Both nullable fields are always
/// written, null when there is no window or nobody holds the chat.</summary>
public sealed record CounselQueueItem(
    string Id,
    string Channel,
    string Language,
    string Risk,
    IReadOnlyList<string> Categories,
    long WaitingSeconds,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] DateTimeOffset? ReplyWindowEndsAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? ClaimedBy,
    bool ClaimedByYou);
