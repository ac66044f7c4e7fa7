using System.Collections.Concurrent;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Conversations.NativeChannels;

namespace PledgeBot.Classes;

/// <summary>The pace of a class's messages per channel, within each platform's limits (docs/channels/*.md): Telegram one a
/// second per chat and 25 overall, Zalo 10 a second per OA, Messenger 250 a second per Page, the rest 100 a second.
/// A whole class waits in line instead of being refused.</summary>
public sealed class ClassPacing : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, ChannelRateLimiter> _limiters = new(StringComparer.OrdinalIgnoreCase);

    public ValueTask WaitAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var channel = reference.ChannelId ?? string.Empty;
        var limiter = _limiters.GetOrAdd(channel, Create);
        return limiter.WaitAsync(reference.Conversation?.Id ?? string.Empty, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var limiter in _limiters.Values)
        {
            await limiter.DisposeAsync();
        }
    }

    private static ChannelRateLimiter Create(string channel) => channel.ToLowerInvariant() switch
    {
        "telegram" => new ChannelRateLimiter(1, 25),
        "zalo" => new ChannelRateLimiter(0, 10),
        "facebook" => new ChannelRateLimiter(0, 250),
        _ => new ChannelRateLimiter(0, 100),
    };
}
