using System.Collections.Concurrent;

namespace PledgeBot.Conversations.DirectLine;

/// <summary>The streams open on this instance: one per conversation, a newer one closes the older (Direct Line 3.0 does
/// the same), so a reconnecting client never gets every activity twice.</summary>
public sealed class DirectLineStreams
{
    private readonly ConcurrentDictionary<string, DirectLineStreamClaim> _open = new(StringComparer.Ordinal);

    public DirectLineStreamClaim Claim(string conversationId, CancellationToken requestAborted)
    {
        var claim = new DirectLineStreamClaim(released => _open.TryRemove(new(conversationId, released)), requestAborted);
        _open.AddOrUpdate(conversationId, claim, (_, older) =>
        {
            older.Collide();
            return claim;
        });
        return claim;
    }
}
