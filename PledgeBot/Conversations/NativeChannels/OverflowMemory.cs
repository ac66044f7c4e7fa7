using System.Text.Json;
using Microsoft.Extensions.Options;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Store;
using StackExchange.Redis;

namespace PledgeBot.Conversations.NativeChannels;

/// <summary>The actions a "More…" tap brings back, per conversation, kept in the store for
/// <c>Channels:Queue:OverflowLifetime</c> so the tap is understood on any instance and after a restart. Only the bot's
/// own actions are kept, under the conversation's pseudonymised key; a list too long to keep is not kept, and the
/// numbered list in the text still offers every option then.</summary>
public sealed class OverflowMemory(IExpiringValues values, RedisKeys keys, IPseudonymizer pseudonymizer, IOptions<ChannelsOptions> options)
{
    /// <summary>The most actions kept behind one "More…" (the province list, the longest, has some sixty).</summary>
    public const int MaxActions = 100;

    /// <summary>The most characters of JSON kept for one list.</summary>
    public const int MaxChars = 32 * 1024;

    private readonly TimeSpan _lifetime = options.Value.OverflowLifetime;

    public async Task RememberAsync(string channel, string conversation, IReadOnlyList<CardAction> rest, string? locale, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rest);
        var key = Key(channel, conversation);
        var json = rest.Count <= MaxActions ? JsonSerializer.Serialize(new OverflowRest(rest, locale), ChannelsJsonContext.Default.OverflowRest) : null;
        if (json is null || json.Length > MaxChars)
        {
            // An older list must not answer this question's "More…".
            await values.RemoveAsync(key, cancellationToken);
            return;
        }

        await values.SetAsync(key, json, _lifetime, cancellationToken);
    }

    /// <summary>The remembered rest, removed as it is taken.</summary>
    public async Task<OverflowRest?> TakeAsync(string channel, string conversation, CancellationToken cancellationToken)
    {
        var json = await values.TakeAsync(Key(channel, conversation), cancellationToken);
        if (json is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(json, ChannelsJsonContext.Default.OverflowRest);
        }
        catch (JsonException)
        {
            // Written by another version: the numbered list in the text still offers every option.
            return null;
        }
    }

    private RedisKey Key(string channel, string conversation) =>
        keys.ActionOverflow(pseudonymizer.ConversationKey(channel, conversation));
}
