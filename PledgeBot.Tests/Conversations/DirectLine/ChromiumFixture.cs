using Microsoft.Playwright;

namespace PledgeBot.Tests.Conversations.DirectLine;

/// <summary>Debian's Chromium driven by Playwright, launched once for the collection on first use (Playwright's own
/// browser download cannot work on these machines), and Web Chat's bundle from the npm package in PledgeBot.Tests/WebChat.</summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] s_arguments =
    [
        "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly SemaphoreSlim _launch = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The repository root (the folder holding PledgeBot.sln).</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string WebChatScript => Path.Combine(RepositoryRoot, "PledgeBot.Tests", "WebChat", "node_modules", "botframework-webchat", "dist", "webchat.js");

    /// <summary>axe-core, which the accessibility checks evaluate in the page (<see cref="Accessibility.Axe"/>).</summary>
    public static string AxeScript => Path.Combine(RepositoryRoot, "PledgeBot.Tests", "WebChat", "node_modules", "axe-core", "axe.min.js");

    public async Task<IBrowser> BrowserAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            Assert.Fail($"The browser test needs Debian's Chromium at {ExecutablePath}: run `sudo apt-get install chromium` (./test.sh does it).");
        }

        if (!File.Exists(AxeScript))
        {
            Assert.Fail($"The browser tests need axe-core at {AxeScript}: run `npm ci` in PledgeBot.Tests/WebChat (./test.sh does it).");
        }

        await _launch.WaitAsync();
        try
        {
            _playwright ??= await Playwright.CreateAsync();
            _browser ??= await _playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args = s_arguments,
            });
            return _browser;
        }
        finally
        {
            _launch.Release();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        _launch.Dispose();
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PledgeBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No PledgeBot.sln above {AppContext.BaseDirectory}.");
    }
}
