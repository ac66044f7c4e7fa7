using System.Text.Json;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Store;
using StackExchange.Redis;

namespace PledgeBot.Conversations.NativeChannels.Telegram;

/// <summary>A reply-keyboard tap sends the button's title as plain text (Telegram Bot API, KeyboardButton). Most actions'
/// values are their titles; for those that are not (the quiz's "play again" sends the menu's own title, "More…" sends
/// <c>/more</c>) the last keyboard shown in a chat is kept in the store for six hours, under the conversation's
/// pseudonymised key, so a tap on its title becomes its value on any instance and after a restart. Only the bot's own
/// titles and values are kept, a bounded number of bounded ones. Typed text that matches no title is left alone.</summary>
public sealed class TelegramKeyboardTitles(IExpiringValues values, RedisKeys keys, IPseudonymizer pseudonymizer)
{
    /// <summary>The most renamed buttons kept for one keyboard.</summary>
    public const int MaxButtons = 24;

    /// <summary>The longest title or value kept; a longer one is not looked up.</summary>
    public const int MaxChars = 256;

    private static readonly TimeSpan s_lifetime = TimeSpan.FromHours(6);

    public Task RememberAsync(string chat, IReadOnlyList<CardAction> actions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chat);
        ArgumentNullException.ThrowIfNull(actions);
        var renamed = actions
            .Where(action => action.Title is { Length: > 0 and <= MaxChars } && action.ValueText is { Length: <= MaxChars } value
                && !string.Equals(action.Title, value, StringComparison.Ordinal))
            .DistinctBy(action => action.Title, StringComparer.Ordinal)
            .Take(MaxButtons)
            .ToDictionary(action => action.Title!, action => action.ValueText!, StringComparer.Ordinal);
        return renamed.Count == 0
            ? values.RemoveAsync(Key(chat), cancellationToken)
            : values.SetAsync(Key(chat), JsonSerializer.Serialize(renamed, ChannelsJsonContext.Default.DictionaryStringString), s_lifetime, cancellationToken);
    }

    /// <summary>The value behind <paramref name="text"/> when it is the title of a button on the chat's last keyboard.</summary>
    public async Task<string?> ValueOfAsync(string chat, string? text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chat);
        if (text is not { Length: > 0 and <= MaxChars } || await values.GetAsync(Key(chat), cancellationToken) is not { } json)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(json, ChannelsJsonContext.Default.DictionaryStringString) is { } renamed
                && renamed.TryGetValue(text, out var value) ? value : null;
        }
        catch (JsonException)
        {
            // Written by another version: the title passes through as typed text.
            return null;
        }
    }

    private RedisKey Key(string chat) => keys.TelegramKeyboard(pseudonymizer.ConversationKey(TelegramAdapter.Channel, chat));
}
