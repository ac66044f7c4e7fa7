using System.Security.Cryptography;
using PledgeBot.Privacy;

namespace PledgeBot.Cards;

/// <summary>The generated card signing key kept in <c>{Store:DataDir}/cards/signing.key</c> (base64, mode 0600), so
/// card URLs already handed out keep working across restarts when <c>Cards:SigningKey</c> is not configured.</summary>
internal static class CardSigningKeyFile
{
    private const string DirectoryName = "cards";
    private const string FileName = "signing.key";

    public static string PathIn(string dataDir) => Path.GetFullPath(Path.Combine(dataDir, DirectoryName, FileName));

    public static byte[] LoadOrCreate(string dataDir, ILogger logger)
    {
        var path = PathIn(dataDir);
        if (File.Exists(path))
        {
            logger.SigningKeyLoaded(path);
            return Read(path);
        }

        var key = RandomNumberGenerator.GetBytes(PrivacyOptions.MinimumKeyBytes);
        if (!TryPublish(path, Convert.ToBase64String(key)))
        {
            // Another instance on the same data directory got there first; its key wins.
            logger.SigningKeyLoaded(path);
            return Read(path);
        }

        logger.SigningKeyGenerated(path);
        return key;
    }

    private static byte[] Read(string path) =>
        PrivacyOptions.TryDecodeKey(File.ReadAllText(path), out var key)
            ? key
            // Replacing it would silently break every card already shared; an operator has to decide.
            : throw new InvalidOperationException($"The card signing key file {path} is damaged; restore it or set Cards:SigningKey.");

    // Written to a private temporary file and moved into place, so a reader never sees half a key.
    private static bool TryPublish(string path, string content)
    {
        var directory = Path.GetDirectoryName(path)!;
        var temporary = Path.Combine(directory, $"{FileName}.{Guid.NewGuid():N}.tmp");
        var fileOptions = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
        }
        else
        {
            Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(temporary, fileOptions))
        using (var writer = new StreamWriter(stream))
        {
            writer.WriteLine(content);
            writer.Flush();
            stream.Flush(flushToDisk: true);
        }

        try
        {
            File.Move(temporary, path, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
            return false;
        }
    }
}
