namespace PledgeBot.Counsel;

/// <summary>The body of <c>POST /api/counsel/{id}/messages</c>.</summary>
public sealed record CounselMessageRequest(string? Text);
