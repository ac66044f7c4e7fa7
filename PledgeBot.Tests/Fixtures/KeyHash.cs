using System.Security.Cryptography;
using System.Text;

namespace PledgeBot.Tests.Fixtures;

public static class KeyHash
{
    /// <summary>The SHA-256 of an API key as the host's settings hold it (Staff:ApiKeys, Counsel:ApiKeys): lowercase hex.</summary>
    public static string Of(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
