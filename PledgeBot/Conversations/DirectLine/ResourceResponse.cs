namespace PledgeBot.Conversations.DirectLine;

/// <summary>The id a posted activity got.</summary>
public sealed record ResourceResponse(string Id);
