namespace PledgeBot.Tests.Fixtures;

/// <summary>A fresh directory under the system temp folder, deleted on dispose; use one as Store:DataDir per host.</summary>
public sealed class TemporaryDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateDirectory(
        System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pledgebot-tests", Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A server that has not let go of a file yet; the temp folder is cleaned eventually.
        }
    }
}
