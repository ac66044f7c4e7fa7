using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Memory;

namespace PledgeBot.NativeChannels.Telegram;

/// <summary>Inline buttons carry at most 64 bytes of <c>callback_data</c> (CHANNELS.md §2). A longer value (or one that
/// looks like a key) travels as a short key, and the value is kept here, in this process, to be read back when the
/// button is tapped. A key from before a restart or from another instance is unknown: the tap is answered with a note
/// asking the user to type their answer, never guessed.</summary>
public sealed class TelegramCallbackData : IDisposable
{
    public const int MaxBytes = 64;
    public const string KeyPrefix = "~k:";

    private static readonly TimeSpan s_lifetime = TimeSpan.FromDays(2);

    private readonly MemoryCache _values = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    /// <summary>The <c>callback_data</c> for a button whose value is <paramref name="value"/>.</summary>
    public string For(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > 0 && Encoding.UTF8.GetByteCount(value) <= MaxBytes && !value.StartsWith(KeyPrefix, StringComparison.Ordinal))
        {
            return value;
        }

        // The same value always gets the same key, so a card sent twice does not fill the map twice.
        var key = KeyPrefix + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..20].Replace('+', '-').Replace('/', '_');
        using var entry = _values.CreateEntry(key);
        entry.Size = 1;
        entry.SlidingExpiration = s_lifetime;
        entry.Value = value;
        return key;
    }

    /// <summary>The value a tapped button stands for; null when it was a key this process no longer knows.</summary>
    public string? Resolve(string data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (!data.StartsWith(KeyPrefix, StringComparison.Ordinal))
        {
            return data;
        }

        return _values.TryGetValue(data, out string? value) ? value : null;
    }

    public void Dispose() => _values.Dispose();
}
