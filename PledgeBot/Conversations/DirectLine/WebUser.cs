namespace PledgeBot.Conversations.DirectLine;

/// <summary>Who a browser is to the campaign page: the Direct Line user id it chats as and the conversation it carries
/// on, until the grant expires. Kept by the browser as a host-signed token (<see cref="WebUserTokenSigner"/>).</summary>
public sealed record WebUser(string UserId, string ConversationId, DateTimeOffset ExpiresAt);
