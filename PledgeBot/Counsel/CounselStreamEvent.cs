namespace PledgeBot.Counsel;

/// <summary>One event of a chat's stream (and of its pub/sub channel between instances): a message (its place in the
/// chat, who wrote it, the text, the risk), or a change (claimed, released, ended, by whom).</summary>
public sealed record CounselStreamEvent(string Type)
{
    public const string Message = "message";
    public const string Ended = "ended";
    public const string Released = "released";

    public int? Seq { get; init; }

    public string? From { get; init; }

    public string? Text { get; init; }

    public DateTimeOffset? At { get; init; }

    public string? Risk { get; init; }

    public IReadOnlyList<string>? Categories { get; init; }

    /// <summary>Who ended the chat: the young person or a counsellor.</summary>
    public string? By { get; init; }

    /// <summary>Between instances only: the message still sealed, so no plain text crosses the store.</summary>
    public string? Sealed { get; init; }
}
