using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using PledgeBot.Store;

namespace PledgeBot.Conversations.NativeChannels.Telegram;

/// <summary>Inline buttons carry at most 64 bytes of <c>callback_data</c> (Telegram Bot API, InlineKeyboardButton). A
/// longer value (or one that looks like a key) travels as a short key, a hash of the value, and the value is kept in
/// the store for two days after it was last sent, so a tap is read back on any instance and after a restart. Only the
/// bot's own button values are kept; one too long to keep, or a key the store no longer has, is answered with a note
/// asking the user to type their answer, never guessed.</summary>
public sealed class TelegramCallbackData(IExpiringValues values, RedisKeys keys)
{
    public const int MaxBytes = 64;
    public const string KeyPrefix = "~k:";

    /// <summary>The longest value kept behind a key.</summary>
    public const int MaxValueChars = 2048;

    private const int HashChars = 20;

    private static readonly TimeSpan s_lifetime = TimeSpan.FromDays(2);

    /// <summary>The <c>callback_data</c> for a button whose value is <paramref name="value"/>.</summary>
    public async Task<string> ForAsync(string value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > 0 && Encoding.UTF8.GetByteCount(value) <= MaxBytes && !value.StartsWith(KeyPrefix, StringComparison.Ordinal))
        {
            return value;
        }

        // The same value always gets the same key, so a card sent twice is kept once.
        var hash = Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..HashChars];
        if (value.Length <= MaxValueChars)
        {
            await values.SetAsync(keys.TelegramCallback(hash), value, s_lifetime, cancellationToken);
        }

        return KeyPrefix + hash;
    }

    /// <summary>The value a tapped button stands for; null when it was a key the store no longer has.</summary>
    public async Task<string?> ResolveAsync(string data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (!data.StartsWith(KeyPrefix, StringComparison.Ordinal))
        {
            return data;
        }

        // Anything but a key this class made is not looked up: callback_data comes from the user's client.
        var hash = data[KeyPrefix.Length..];
        return hash.Length == HashChars && hash.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? await values.GetAsync(keys.TelegramCallback(hash), cancellationToken)
            : null;
    }
}
