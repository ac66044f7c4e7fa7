namespace PledgeBot.Tests;

/// <summary>The category trait every test class carries, so a run can pick the fast tests:
/// <c>dotnet test --filter Category=Unit</c> (<c>./test.sh --unit</c>).</summary>
internal static class TestCategory
{
    public const string Name = "Category";

    /// <summary>In memory only: fakes for the ports, no server, no socket, no process.</summary>
    public const string Unit = "Unit";

    /// <summary>The ASP.NET Core host or another HTTP server on loopback (WebApplicationFactory, fake remote APIs).</summary>
    public const string Host = "Host";

    /// <summary>A real store: embedded Garnet, redis-server or a Redis Cluster, without the HTTP host.</summary>
    public const string Store = "Store";

    /// <summary>In memory but slow: trains the safety model or waits on a timer or a file watcher. Not in
    /// <c>--unit</c>, so the fast loop stays under 20 s.</summary>
    public const string Slow = "Slow";

    /// <summary>Chromium driven through Playwright.</summary>
    public const string Browser = "Browser";
}
