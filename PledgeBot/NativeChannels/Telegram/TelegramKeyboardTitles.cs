using System.Collections.Frozen;
using Microsoft.Extensions.Caching.Memory;
using PledgeBot.Dialogs.Activities;

namespace PledgeBot.NativeChannels.Telegram;

/// <summary>A reply-keyboard tap sends the button's title as plain text (CHANNELS.md §2). Most actions' values are
/// their titles; for those that are not (the quiz's "play again" sends the menu's own title, "More…" sends
/// <c>/more</c>) the last keyboard shown in a chat is remembered here, in this process, so a tap on its title becomes its
/// value. Typed text that matches no title is left alone; after a restart a title passes through as typed text.</summary>
public sealed class TelegramKeyboardTitles : IDisposable
{
    private static readonly TimeSpan s_lifetime = TimeSpan.FromHours(6);

    private readonly MemoryCache _keyboards = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    public void Remember(string chat, IReadOnlyList<CardAction> actions)
    {
        ArgumentNullException.ThrowIfNull(chat);
        ArgumentNullException.ThrowIfNull(actions);
        var renamed = actions
            .Where(action => action.Title is { Length: > 0 } && action.ValueText is { } value && !string.Equals(action.Title, value, StringComparison.Ordinal))
            .DistinctBy(action => action.Title, StringComparer.Ordinal)
            .ToFrozenDictionary(action => action.Title!, action => action.ValueText!, StringComparer.Ordinal);
        if (renamed.Count == 0)
        {
            _keyboards.Remove(chat);
            return;
        }

        using var entry = _keyboards.CreateEntry(chat);
        entry.Size = 1;
        entry.AbsoluteExpirationRelativeToNow = s_lifetime;
        entry.Value = renamed;
    }

    /// <summary>The value behind <paramref name="text"/> when it is the title of a button on the chat's last keyboard.</summary>
    public string? ValueOf(string chat, string? text) =>
        text is not null && _keyboards.TryGetValue(chat, out FrozenDictionary<string, string>? renamed) && renamed!.TryGetValue(text, out var value)
            ? value
            : null;

    public void Dispose() => _keyboards.Dispose();
}
