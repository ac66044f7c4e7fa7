using PledgeBot.Tests.Conversations.DirectLine;

namespace PledgeBot.Tests.Accessibility;

/// <summary>Where the browser tests leave screenshots (TestResults/screenshots); with PLEDGEBOT_UPDATE_SCREENSHOTS=1
/// they are also copied to docs/screenshots, so a test run leaves the tracked docs alone unless asked.</summary>
internal static class Screenshots
{
    public static string Folder => System.IO.Path.Combine(ChromiumFixture.RepositoryRoot, "TestResults", "screenshots");

    public static string Path(string name)
    {
        Directory.CreateDirectory(Folder);
        return System.IO.Path.Combine(Folder, name);
    }

    public static async Task SaveAsync(Microsoft.Playwright.IPage page, string name, bool fullPage = true)
    {
        await page.ScreenshotAsync(new() { Path = Path(name), FullPage = fullPage });
        Publish(name);
    }

    public static void Publish(string name)
    {
        if (Environment.GetEnvironmentVariable("PLEDGEBOT_UPDATE_SCREENSHOTS") == "1")
        {
            var docs = System.IO.Path.Combine(ChromiumFixture.RepositoryRoot, "docs", "screenshots");
            Directory.CreateDirectory(docs);
            File.Copy(Path(name), System.IO.Path.Combine(docs, name), overwrite: true);
        }
    }
}
