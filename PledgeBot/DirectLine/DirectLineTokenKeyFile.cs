using PledgeBot.Privacy;

namespace PledgeBot.DirectLine;

/// <summary>The generated token key kept in <c>{Store:DataDir}/directline/token.key</c>, so open chats keep their
/// tokens across restarts and every instance on the same data dir agrees, when <c>DirectLine:TokenKey</c> is not set.</summary>
internal static class DirectLineTokenKeyFile
{
    private static readonly GeneratedKeyFile s_file =
        new("directline", "token.key", "DirectLine:TokenKey", "every open chat would lose its token");

    public static string PathIn(string dataDir) => s_file.PathIn(dataDir);

    public static byte[] LoadOrCreate(string dataDir, ILogger logger)
    {
        var key = s_file.LoadOrCreate(dataDir, out var generated);
        if (generated)
        {
            logger.TokenKeyGenerated(PathIn(dataDir));
        }
        else
        {
            logger.TokenKeyLoaded(PathIn(dataDir));
        }

        return key;
    }
}
