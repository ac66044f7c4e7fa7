namespace PledgeBot.Tests.Fixtures;

/// <summary>Finds redis-server and redis-cli, or fails saying how to install them.</summary>
public static class RedisBinary
{
    public static string Find(string name)
    {
        var fileName = OperatingSystem.IsWindows() ? $"{name}.exe" : name;
        string[] candidates =
        [
            Path.Combine("/usr/bin", fileName),
            .. (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
                .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Select(directory => Path.Combine(directory, fileName)),
        ];
        return candidates.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException(
                $"The Redis integration tests need {name} (looked in /usr/bin and on PATH). Install it with " +
                "`sudo apt-get install redis-server` (redis-cli comes with it, in redis-tools).");
    }
}
