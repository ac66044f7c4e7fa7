using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using PledgeBot.Privacy;

namespace PledgeBot.Staff;

/// <summary>The hash of a staff API key generated when <c>Staff:ApiKeys</c> is empty, kept in
/// <c>{Store:DataDir}/staff/api-key.sha256</c>. The key itself is printed once, at the start that made it, and kept
/// nowhere: lose it and delete the file (or configure a key) to get another.</summary>
internal static class StaffKeyFile
{
    private static readonly GeneratedKeyFile s_file = new(
        "staff", "api-key.sha256", "Staff:ApiKeys", "the staff key it belongs to would stop working");

    public static string PathIn(string dataDir) => s_file.PathIn(dataDir);

    public static byte[] LoadOrCreate(string dataDir, ILogger logger)
    {
        if (s_file.TryLoad(dataDir) is { } existing)
        {
            logger.StaffKeyLoaded(PathIn(dataDir));
            return existing;
        }

        var key = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        if (!s_file.TryCreate(dataDir, hash))
        {
            // Another instance on the same data directory made one first; its key is the one printed.
            return s_file.TryLoad(dataDir)!;
        }

        // Once, on the console only: the log may be shipped elsewhere, and the key is a secret.
        Console.WriteLine();
        Console.WriteLine($"PledgeBot staff API key (shown ONCE, store it now; send it as 'Authorization: Bearer <key>'): {key}");
        Console.WriteLine();
        logger.StaffKeyGenerated(PathIn(dataDir));
        return hash;
    }
}
