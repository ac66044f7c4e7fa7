using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Secrets;

namespace PledgeBot.Privacy;

/// <summary>HMAC-SHA256 of channel ids under a secret key, truncated to 128 bits of lowercase hex (README.md, "Where
/// the data lives").</summary>
public sealed class HmacPseudonymizer : IPseudonymizer
{
    private const int HashBytes = 16;
    private const int StackLimit = 256;

    private readonly byte[] _key;

    public HmacPseudonymizer(IOptions<PrivacyOptions> privacy, GeneratedKeys keys)
        : this(keys.Resolve(GeneratedKey.UserId, privacy, options => options.UserIdKey))
    {
    }

    internal HmacPseudonymizer(byte[] key) => _key = key;

    public UserHash HashUser(string channelId, string userId) => UserHash.Parse(Hash('u', channelId, userId));

    public StateKey ConversationKey(string channelId, string conversationId) =>
        StateKey.Parse(Hash('c', channelId, conversationId));

    // "u\n{channel}\n{id}" and "c\n{channel}\n{id}": a user hash never equals a conversation key, and the channel
    // (lower-cased, without line breaks) cannot run into the id.
    private string Hash(char domain, string channelId, string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentNullException.ThrowIfNull(id);
        if (channelId.Contains('\n', StringComparison.Ordinal))
        {
            throw new ArgumentException("A channel id has no line breaks.", nameof(channelId));
        }

        var text = $"{domain}\n{channelId.ToLowerInvariant()}\n{id}";
        var length = Encoding.UTF8.GetByteCount(text);
        var rented = length > StackLimit ? ArrayPool<byte>.Shared.Rent(length) : null;
        try
        {
            var input = rented is null ? stackalloc byte[StackLimit] : rented;
            Encoding.UTF8.GetBytes(text, input);
            Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
            HMACSHA256.HashData(_key, input[..length], mac);
            return Convert.ToHexStringLower(mac[..HashBytes]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}
