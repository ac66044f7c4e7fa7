using System.Text;
using Microsoft.Playwright;
using PledgeBot.Tests.Accessibility;
using PledgeBot.Tests.Conversations.DirectLine;
using PledgeBot.Tests.Integration;
using PledgeBot.Tests.Referrals;

namespace PledgeBot.Tests.Campaign.Live;

/// <summary>The staff console and the big screen in Debian's Chromium, on a month of seeded counts: axe-core on both,
/// staff actions through the page (create, import, search, switch off, QR, export), and a phone's 390 px width.</summary>
[Trait(TestCategory.Name, TestCategory.Browser)]
[Collection(LiveCollection.Name)]
public sealed class StaffConsoleBrowserTests(LiveHostFixture host, ChromiumFixture chromium)
{
    private const float Wait = 20_000;

    [Fact]
    public async Task Passes_axe_core_on_the_big_screen_and_on_the_dashboard_with_data()
    {
        await host.SeedOnceAsync();
        await SeedFunnelAsync();
        var browser = await chromium.BrowserAsync();
        await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1440, Height = 900 }, Locale = "vi-VN" });
        var page = await context.NewPageAsync();

        await page.GotoAsync(new Uri(host.BaseAddress, "live?ref=BOOTH-FEST-HN").ToString());
        await Expect(page.Locator("#provinces li").First).ToBeVisibleAsync(new() { Timeout = Wait });
        var live = await Axe.RunAsync(page, "live");
        await OpenConsoleAsync(page);
        await Expect(page.Locator("#c-funnel svg rect")).ToHaveCountAsync(6, new() { Timeout = Wait });
        var admin = await Axe.RunAsync(page, "admin");

        Assert.Empty(Axe.Blocking(live));
        Assert.Empty(Axe.Blocking(admin));
        await Expect(page.Locator("#c-days svg[role=img]")).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex("tổng"));
        await Expect(page.Locator("#d-provinces table tbody tr")).ToHaveCountAsync(34);
    }

    [Fact]
    public async Task Lets_staff_create_a_code_import_a_csv_switch_a_code_off_and_download_an_export_from_a_phone()
    {
        await host.SeedOnceAsync();
        var browser = await chromium.BrowserAsync();
        await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, Locale = "vi-VN", AcceptDownloads = true });
        var page = await context.NewPageAsync();
        var code = $"UI-{Guid.NewGuid():N}"[..14].ToUpperInvariant();
        await OpenConsoleAsync(page);

        await page.Locator("#new-code").FillAsync(code.ToLowerInvariant());
        await page.Locator("#new-kind").SelectOptionAsync("booth");
        await page.Locator("#new-owner").FillAsync("Gian hàng Hội sách");
        await page.Locator("#new-note").FillAsync("Cổng số 2, ngày 12/12");
        await page.Locator("#create-form button[type=submit]").ClickAsync();
        await Expect(page.Locator("#create-result")).ToContainTextAsync($"Đã tạo mã {code}", new() { Timeout = Wait });
        var row = page.Locator("#code-list tbody tr").Filter(new() { HasText = code });
        await Expect(row).ToContainTextAsync("Cổng số 2, ngày 12/12");
        var qr = await page.RunAndWaitForDownloadAsync(() => row.GetByRole(AriaRole.Button, new() { Name = $"Download QR of {code}" }).ClickAsync());
        await row.GetByRole(AriaRole.Button, new() { NameRegex = new("Deactivate") }).ClickAsync();
        await Expect(page.Locator("#code-list tbody tr").Filter(new() { HasText = code })).ToContainTextAsync("Inactive", new() { Timeout = Wait });

        var imported = $"{code}-B";
        await page.Locator("#import-file").SetInputFilesAsync(new FilePayload
        {
            Name = "truong-hoc.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes($"code,owner,kind,note\n{imported},Trường THCS Ba Đình,school,Khối 8\n{code},Trùng mã,booth,\nBAD CODE,Ai đó,school,\n"),
        });
        await page.Locator("#import-form button[type=submit]").ClickAsync();
        await Expect(page.Locator("#import-summary")).ToContainTextAsync("Created 1, rejected 2", new() { Timeout = Wait });
        await Expect(page.Locator("#import-rows tbody tr")).ToHaveCountAsync(3);

        await page.Locator("#export-kind").SelectOptionAsync("pledges");
        await page.Locator("#export-format").SelectOptionAsync("csv");
        var export = await page.RunAndWaitForDownloadAsync(() => page.Locator("#export-form button[type=submit]").ClickAsync());
        var csv = await File.ReadAllTextAsync((await export.PathAsync())!);
        await Screenshots.SaveAsync(page, "admin-phone.png");

        Assert.Equal($"{code}.png", qr.SuggestedFilename);
        Assert.EndsWith(".csv", export.SuggestedFilename, StringComparison.Ordinal);
        Assert.StartsWith("date,", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
        using var client = host.CreateClient();
        using var live = await client.GetAsync($"/live?ref={code}");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, live.StatusCode);
        await Expect(page.Locator("#import-rows tbody")).ToContainTextAsync(imported);
        Assert.True(await NoSidewaysScrollAsync(page));
    }

    [Fact]
    public async Task Shows_the_whole_dashboard_on_a_390_px_phone_without_sideways_scrolling()
    {
        await host.SeedOnceAsync();
        var browser = await chromium.BrowserAsync();
        await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, Locale = "vi-VN", IsMobile = true });
        var page = await context.NewPageAsync();
        await OpenConsoleAsync(page);
        await Expect(page.Locator("#code-list tbody tr").First).ToBeVisibleAsync(new() { Timeout = Wait });

        foreach (var details in await page.Locator("details").AllAsync())
        {
            await details.EvaluateAsync("d => d.open = true");
        }

        Assert.True(await NoSidewaysScrollAsync(page));
    }

    private async Task OpenConsoleAsync(IPage page)
    {
        await page.GotoAsync(new Uri(host.BaseAddress, "admin").ToString());
        await page.Locator("#key").FillAsync(ReferralHostFixture.StaffKey);
        await page.Locator("#key").PressAsync("Enter");
        await Expect(page.Locator("#board")).ToBeVisibleAsync(new() { Timeout = Wait });
    }

    private static Task<bool> NoSidewaysScrollAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth && document.body.scrollWidth <= window.innerWidth");

    // A few conversations that stop at different steps of the pledge, so the funnel has a shape.
    private async Task SeedFunnelAsync()
    {
        using var client = host.CreateClient();
        string[][] scripts =
        [
            ["cam kết"],
            ["cam kết", "1", "1", "1"],
            ["cam kết", "1", "1", "1", "1 2 3", "xong"],
            ["cam kết", "1", "1", "1", "1 2 3", "xong", "hà nội", "18–24"],
        ];
        foreach (var script in scripts)
        {
            var user = $"funnel-ui-{Guid.NewGuid():N}";
            for (var i = 0; i < script.Length; i++)
            {
                await ExpectRepliesClient.SayAsync(client, $"{user}-{i}", script[i], user, $"conversation-{user}");
            }
        }
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
