namespace PledgeBot.Privacy;

/// <summary>The generated HMAC key kept in <c>{Store:DataDir}/privacy/user-id.key</c>, so user hashes stay stable
/// across restarts when <c>Privacy:UserIdKey</c> is not configured.</summary>
internal static class UserIdKeyFile
{
    private static readonly GeneratedKeyFile s_file = new("privacy", "user-id.key", "Privacy:UserIdKey", "every stored user hash would change");

    public static string PathIn(string dataDir) => s_file.PathIn(dataDir);

    public static byte[] LoadOrCreate(string dataDir, ILogger logger)
    {
        var key = s_file.LoadOrCreate(dataDir, out var generated);
        if (generated)
        {
            logger.UserIdKeyGenerated(PathIn(dataDir));
        }
        else
        {
            logger.UserIdKeyLoaded(PathIn(dataDir));
        }

        return key;
    }
}
