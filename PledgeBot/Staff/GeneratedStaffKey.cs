using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using PledgeBot.Secrets;

namespace PledgeBot.Staff;

/// <summary>The staff API key made when <c>Staff:ApiKeys</c> is empty. Only its hash is kept, in the store where every
/// instance reads it; the key itself is printed once, by the one instance whose key was published, and kept nowhere:
/// lose it and delete the store's entry (or configure a key) to get another.</summary>
internal static class GeneratedStaffKey
{
    public static byte[] LoadOrCreate(GeneratedKeys keys)
    {
        var key = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var hash = keys.Share(GeneratedKey.StaffApiKeyHash, SHA256.HashData(Encoding.UTF8.GetBytes(key)), out var source);
        if (source == GeneratedKeySource.Created)
        {
            // Once, on the console only: the log may be shipped elsewhere, and the key is a secret.
            Console.WriteLine();
            Console.WriteLine($"PledgeBot staff API key (shown ONCE, store it now; send it as 'Authorization: Bearer <key>'): {key}");
            Console.WriteLine();
        }

        return hash;
    }
}
