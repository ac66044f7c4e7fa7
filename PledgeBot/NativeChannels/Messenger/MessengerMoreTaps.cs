using Microsoft.Extensions.Caching.Memory;

namespace PledgeBot.NativeChannels.Messenger;

/// <summary>Ids of recent inbound "More…" taps. Their answer lists the options left over, which the message before
/// already numbered in full: a second list there would number them from 1 again and point at the wrong choices.</summary>
public sealed class MessengerMoreTaps : IDisposable
{
    private static readonly TimeSpan s_lifetime = TimeSpan.FromMinutes(10);
    private static readonly object s_tapped = new();

    private readonly MemoryCache _taps = new(new MemoryCacheOptions { SizeLimit = 10_000 });

    public void Note(string activityId)
    {
        using var entry = _taps.CreateEntry(activityId);
        entry.Size = 1;
        entry.AbsoluteExpirationRelativeToNow = s_lifetime;
        entry.Value = s_tapped;
    }

    public bool Answers(string? replyToId) => replyToId is not null && _taps.TryGetValue(replyToId, out _);

    public void Dispose() => _taps.Dispose();
}
