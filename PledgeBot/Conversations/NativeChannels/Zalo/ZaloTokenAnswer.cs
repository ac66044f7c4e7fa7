namespace PledgeBot.Conversations.NativeChannels.Zalo;

/// <summary>What <c>/v4/oa/access_token</c> answers: a new pair, or <c>error</c> / <c>error_name</c>.</summary>
public sealed record ZaloTokenAnswer
{
    public string? AccessToken { get; init; }

    public string? RefreshToken { get; init; }

    /// <summary>Seconds; Zalo sends a string such as "90000".</summary>
    public long? ExpiresIn { get; init; }

    public int? Error { get; init; }

    public string? ErrorName { get; init; }
}
