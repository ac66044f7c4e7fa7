using System.Security.Cryptography;
using System.Text;
using PledgeBot.Dialogs.Ports;

namespace PledgeBot.Tests.Fakes;

/// <summary>Deterministic hashes for tests; the host's keyed HMAC version has its own tests.</summary>
public sealed class FakePseudonymizer : IPseudonymizer
{
    public UserHash HashUser(string channelId, string userId) => UserHash.Parse(Hash("u", channelId, userId));

    public StateKey ConversationKey(string channelId, string conversationId) => StateKey.Parse(Hash("c", channelId, conversationId));

    private static string Hash(params string[] parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', parts))))[..32];
}
