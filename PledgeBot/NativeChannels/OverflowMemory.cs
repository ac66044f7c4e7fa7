using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using PledgeBot.Dialogs.Activities;

namespace PledgeBot.NativeChannels;

/// <summary>The actions a "More…" tap brings back, per conversation, in this process. Lost on a restart or on
/// another instance; the numbered list in the text still offers every option then.</summary>
public sealed class OverflowMemory(IOptions<ChannelsOptions> options) : IDisposable
{
    private readonly MemoryCache _rest = new(new MemoryCacheOptions { SizeLimit = 100_000 });
    private readonly TimeSpan _lifetime = options.Value.OverflowLifetime;

    public void Remember(string channel, string conversation, IReadOnlyList<CardAction> rest, string? locale)
    {
        using var entry = _rest.CreateEntry(Key(channel, conversation));
        entry.Size = 1;
        entry.AbsoluteExpirationRelativeToNow = _lifetime;
        entry.Value = new OverflowRest(rest, locale);
    }

    /// <summary>The remembered rest, removed as it is taken.</summary>
    public OverflowRest? Take(string channel, string conversation)
    {
        var key = Key(channel, conversation);
        if (_rest.TryGetValue(key, out OverflowRest? rest))
        {
            _rest.Remove(key);
            return rest;
        }

        return null;
    }

    public void Dispose() => _rest.Dispose();

    private static string Key(string channel, string conversation) => string.Concat(channel, ":", conversation);
}

/// <summary>Actions held back behind "More…", and the language they were offered in.</summary>
public sealed record OverflowRest(IReadOnlyList<CardAction> Actions, string? Locale);
