using System.Security.Cryptography;
using System.Text;
using PledgeBot.Dialogs.Ports;

namespace PledgeBot.Store;

/// <summary>PLACEHOLDER owned by the Store work; replaced by the keyed HMAC pseudonymizer.</summary>
internal sealed class TemporaryPseudonymizer : IPseudonymizer
{
    public UserHash HashUser(string channelId, string userId) => UserHash.Parse(Hash($"u|{channelId}|{userId}"));

    public StateKey ConversationKey(string channelId, string conversationId) => StateKey.Parse(Hash($"c|{channelId}|{conversationId}"));

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
}
