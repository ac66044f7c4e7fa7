using System.Collections.Frozen;
using Microsoft.IdentityModel.Tokens;

namespace PledgeBot.Auth;

/// <summary>One fetch of an issuer's keys, with the channel ids each key id is endorsed for (Bot Connector
/// authentication).</summary>
internal sealed class SigningKeys(IReadOnlyList<SecurityKey> keys, FrozenDictionary<string, FrozenSet<string>> endorsements)
{
    public IReadOnlyList<SecurityKey> Keys { get; } = keys;

    /// <summary>Endorsed channel ids by key id; a key without an entry carries no endorsements.</summary>
    public FrozenDictionary<string, FrozenSet<string>> Endorsements { get; } = endorsements;

    public bool Contains(string? keyId) => keyId is not null && Keys.Any(key => string.Equals(key.KeyId, keyId, StringComparison.Ordinal));
}
