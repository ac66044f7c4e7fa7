namespace PledgeBot.Conversations.DirectLine;

/// <summary>The optional body of <c>POST /api/directline/token</c>: the user token the page kept from last time.</summary>
public sealed record PageTokenRequest
{
    public string? UserToken { get; init; }
}
