using System.Diagnostics;
using Activity = PledgeBot.Dialogs.Activities.Activity;
using System.Globalization;
using Microsoft.Playwright;
using PledgeBot.Dialogs.Flows.Pledge;
using PledgeBot.Tests.Conversations.DirectLine;
using PledgeBot.Tests.Integration;
using PledgeBot.Tests.Referrals;

namespace PledgeBot.Tests.Campaign.Live;

[Collection(LiveCollection.Name)]
[Trait(TestCategory.Name, TestCategory.Browser)]
public sealed class LiveBrowserTests(LiveHostFixture host, ChromiumFixture chromium)
{
    /// <summary>Where the browser tests leave their screenshots; with PLEDGEBOT_UPDATE_SCREENSHOTS=1 they are also copied to docs/screenshots.</summary>
    public static string ScreenshotFolder => Path.Combine(ChromiumFixture.RepositoryRoot, "TestResults", "live");

    private static readonly CultureInfo s_vietnamese = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly float s_wait = 20_000;

    [Fact]
    public async Task Counts_up_on_the_big_screen_within_two_seconds_of_a_pledge_made_through_api_messages()
    {
        await host.SeedOnceAsync();
        var browser = await chromium.BrowserAsync();
        await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1920, Height = 1080 }, Locale = "vi-VN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, "live?ref=BOOTH-FEST-HN").ToString());
        var total = page.Locator("#total");
        await Expect(total).Not.ToHaveAttributeAsync("data-total", string.Empty, new() { Timeout = s_wait });
        var before = long.Parse((await total.GetAttributeAsync("data-total"))!, CultureInfo.InvariantCulture);
        await Expect(total).ToHaveTextAsync(before.ToString("N0", s_vietnamese), new() { Timeout = s_wait });

        await PledgeThroughMessagesAsync($"live-{Guid.NewGuid():N}");
        var clock = Stopwatch.StartNew();
        await Expect(total).ToHaveTextAsync((before + 1).ToString("N0", s_vietnamese), new() { Timeout = 2_000 });
        var elapsed = clock.Elapsed;
        await Expect(page.Locator("#provinces li")).ToHaveCountAsync(5);
        await Expect(page.Locator("#booth-code")).ToHaveTextAsync("BOOTH-FEST-HN");
        await Expect(page.Locator("#status")).ToBeHiddenAsync();
        await page.WaitForTimeoutAsync(1_000); // the growth flash fades back to the number's colour
        await SaveScreenshotAsync(page, "live.png", fullPage: false);

        Assert.InRange(elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(2));
        await Expect(page.Locator("#provinces li").First).ToContainTextAsync("TP. Hà Nội");
    }

    [Fact]
    public async Task Shows_the_dashboard_charts_after_the_staff_key_is_entered_and_asks_again_after_a_wrong_one()
    {
        await host.SeedOnceAsync();
        var browser = await chromium.BrowserAsync();
        await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1440, Height = 900 }, Locale = "vi-VN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, "admin").ToString());
        var key = page.Locator("#key");
        await Expect(key).ToBeVisibleAsync(new() { Timeout = s_wait });

        await key.FillAsync("not-the-staff-key");
        await key.PressAsync("Enter");
        await Expect(page.Locator("#key-message")).ToContainTextAsync("Khóa không đúng", new() { Timeout = s_wait });
        await key.FillAsync(ReferralHostFixture.StaffKey);
        await key.PressAsync("Enter");

        await Expect(page.Locator("#board")).ToBeVisibleAsync(new() { Timeout = s_wait });
        await Expect(page.Locator("#key-form")).ToBeHiddenAsync();
        await Expect(page.Locator("#c-days svg polyline")).ToHaveCountAsync(1);
        await Expect(page.Locator("#c-provinces svg rect")).ToHaveCountAsync(34);
        await Expect(page.Locator("#c-scores svg rect")).ToHaveCountAsync(6);
        await Expect(page.Locator("#c-safety svg polyline")).ToHaveCountAsync(2);
        await Expect(page.Locator("#top-codes tbody tr").First).ToContainTextAsync("KOL-MINHANH");
        await Expect(page.Locator("#top-codes tbody")).ToContainTextAsync("Trường THPT Chu Văn An");
        Assert.NotEqual("0", await page.Locator("#t-pledges").TextContentAsync());
        await SaveScreenshotAsync(page, "admin.png", fullPage: true);

        await page.ReloadAsync();
        await Expect(page.Locator("#board")).ToBeVisibleAsync(new() { Timeout = s_wait });
        Assert.Equal(ReferralHostFixture.StaffKey, await page.EvaluateAsync<string>("() => sessionStorage.getItem('pledgebot.staffKey')"));
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    private static async Task SaveScreenshotAsync(IPage page, string name, bool fullPage)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        var path = Path.Combine(ScreenshotFolder, name);
        await page.ScreenshotAsync(new() { Path = path, FullPage = fullPage });
        // A test run leaves the tracked docs alone unless asked: PLEDGEBOT_UPDATE_SCREENSHOTS=1 ./test.sh.
        if (Environment.GetEnvironmentVariable("PLEDGEBOT_UPDATE_SCREENSHOTS") == "1")
        {
            var docs = Path.Combine(ChromiumFixture.RepositoryRoot, "docs", "screenshots");
            Directory.CreateDirectory(docs);
            File.Copy(path, Path.Combine(docs, name), overwrite: true);
        }
    }

    // The steps of the pledge flow, as a user on the Emulator channel types them (see PledgeOverHttpTests).
    private async Task PledgeThroughMessagesAsync(string user)
    {
        using var client = host.CreateClient();
        var turn = 0;
        Task<IReadOnlyList<Activity>> Say(string text) =>
            ExpectRepliesClient.SayAsync(client, $"{user}-{++turn}", text, user, $"conversation-{user}");

        await Say("xin chào");
        await Say("cam kết");
        for (var i = 0; i < PledgeFlow.Situations; i++)
        {
            await Say("1");
        }

        await Say("1 2 3");
        await Say("xong");
        await Say("hà nội");
        var thanks = await Say("18–24");
        Assert.NotEmpty(thanks);
    }
}
