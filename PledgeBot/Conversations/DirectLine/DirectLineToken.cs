namespace PledgeBot.Conversations.DirectLine;

/// <summary>What a host-signed Direct Line token grants: one conversation, as one user, on one channel, until it expires.</summary>
public sealed record DirectLineToken(string ConversationId, string UserId, string ChannelId, DateTimeOffset ExpiresAt);
