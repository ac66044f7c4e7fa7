using System.Security.Cryptography;

namespace PledgeBot.Privacy;

/// <summary>A secret generated once and kept under the data dir (base64, mode 0600, folder 0700) for when its setting
/// is not configured: the user-id key, the card signing key.</summary>
internal sealed class GeneratedKeyFile(string directoryName, string fileName, string setting, string whyNotReplaced)
{
    public string PathIn(string dataDir) => Path.GetFullPath(Path.Combine(dataDir, directoryName, fileName));

    /// <summary>The key in the file, created first when there is none; <paramref name="generated"/> says which.</summary>
    public byte[] LoadOrCreate(string dataDir, out bool generated)
    {
        var path = PathIn(dataDir);
        generated = false;
        if (File.Exists(path))
        {
            return Read(path);
        }

        var key = RandomNumberGenerator.GetBytes(PrivacyOptions.MinimumKeyBytes);
        if (!TryPublish(path, Convert.ToBase64String(key)))
        {
            // Another instance on the same data directory got there first; its key wins.
            return Read(path);
        }

        generated = true;
        return key;
    }

    /// <summary>Keeps <paramref name="key"/> (made elsewhere, such as a key's hash) unless the file exists; false then.</summary>
    public bool TryCreate(string dataDir, byte[] key) => TryPublish(PathIn(dataDir), Convert.ToBase64String(key));

    /// <summary>The key in the file, or null when there is no file.</summary>
    public byte[]? TryLoad(string dataDir)
    {
        var path = PathIn(dataDir);
        return File.Exists(path) ? Read(path) : null;
    }

    private byte[] Read(string path) =>
        PrivacyOptions.TryDecodeKey(File.ReadAllText(path), out var key)
            ? key
            // Replacing a damaged key silently would break what it protects; an operator has to decide.
            : throw new InvalidOperationException($"The key file {path} is damaged ({whyNotReplaced}); restore it or set {setting}.");

    // Written to a private temporary file and moved into place, so a reader never sees half a key.
    private bool TryPublish(string path, string content)
    {
        var directory = Path.GetDirectoryName(path)!;
        var temporary = Path.Combine(directory, $"{fileName}.{Guid.NewGuid():N}.tmp");
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
