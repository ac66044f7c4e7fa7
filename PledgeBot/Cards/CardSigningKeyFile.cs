using PledgeBot.Privacy;

namespace PledgeBot.Cards;

/// <summary>The generated card signing key kept in <c>{Store:DataDir}/cards/signing.key</c>, so card URLs already handed
/// out keep working across restarts when <c>Cards:SigningKey</c> is not configured.</summary>
internal static class CardSigningKeyFile
{
    private static readonly GeneratedKeyFile s_file = new("cards", "signing.key", "Cards:SigningKey", "every card already shared would break");

    public static string PathIn(string dataDir) => s_file.PathIn(dataDir);

    public static byte[] LoadOrCreate(string dataDir, ILogger logger)
    {
        var key = s_file.LoadOrCreate(dataDir, out var generated);
        if (generated)
        {
            logger.SigningKeyGenerated(PathIn(dataDir));
        }
        else
        {
            logger.SigningKeyLoaded(PathIn(dataDir));
        }

        return key;
    }
}
