using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PledgeBot.Tests.Conversations.DirectLine;

namespace PledgeBot.Tests.Counsel;

[Trait(TestCategory.Name, TestCategory.Browser)]
[Collection(CounselCollection.Name)]
public sealed class CounselConsoleBrowserTests(CounselHostFixture host, ChromiumFixture chromium)
{
    /// <summary>Where the test leaves its screenshots; docs/screenshots/counsel-console.png is one of them, copied.</summary>
    public static string ScreenshotFolder => Path.Combine(ChromiumFixture.RepositoryRoot, "TestResults", "counsel");

    private static readonly float s_wait = 20_000;

    [Fact]
    public async Task Claims_answers_and_ends_a_chat_in_the_console_page_in_Chromium()
    {
        var conversation = "browser-" + Guid.NewGuid().ToString("N");
        var id = await host.QueueAsync(conversation);
        await host.SayAsync(host.First, conversation, "alo, có ai không ạ");
        var web = host.Host();
        web.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        web.StartServer();
        var address = web.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        var browser = await chromium.BrowserAsync();
        await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 }, Locale = "vi-VN" });
        var page = await context.NewPageAsync();
        var elsewhere = new ConcurrentQueue<string>();
        var errors = new ConcurrentQueue<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(address, StringComparison.Ordinal))
            {
                elsewhere.Enqueue(request.Url);
            }
        };
        var failed = new ConcurrentQueue<string>();
        page.Response += (_, answer) =>
        {
            if (answer.Status >= 400 && !answer.Url.EndsWith("/favicon.ico", StringComparison.Ordinal))
            {
                failed.Enqueue($"{answer.Status} {answer.Url}");
            }
        };
        page.Console += (_, message) =>
        {
            // A refused resource is reported by the response check above (the browser's own favicon probe is a 404).
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                errors.Enqueue(message.Text);
            }
        };

        var response = await page.GotoAsync(address + "/counsel");
        await page.Locator("#key").FillAsync(CounselHostFixture.CounsellorKey);
        await page.Locator("#key-form button").ClickAsync();
        var row = page.Locator($"tr[data-id='{id}']");
        await Expect(row.Locator("button.claim")).ToBeVisibleAsync(new() { Timeout = s_wait });
        await row.Locator("button.claim").ClickAsync();
        await Expect(page.Locator("#messages")).ToContainTextAsync("alo, có ai không ạ", new() { Timeout = s_wait });
        await page.Locator("#reply").FillAsync("Chào bạn, mình là tư vấn viên. Mình nghe đây.");
        await page.Locator("#send").ClickAsync();
        await Expect(page.Locator("#messages li.counsellor")).ToContainTextAsync("Mình nghe đây.", new() { Timeout = s_wait });
        await host.SayAsync(host.First, conversation, "em cảm ơn chị");
        await Expect(page.Locator("#messages")).ToContainTextAsync("em cảm ơn chị", new() { Timeout = s_wait });
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, "counsel-console.png"), FullPage = true });
        await page.Locator("#end").ClickAsync();
        await Expect(page.Locator("#chat-status")).ToContainTextAsync("Đã kết thúc", new() { Timeout = s_wait });

        Assert.Contains("default-src 'none'", response!.Headers["content-security-policy"], StringComparison.Ordinal);
        Assert.Empty(elsewhere);
        Assert.Empty(errors);
        Assert.Empty(failed);
        var delivered = await host.WaitForDeliveredAsync(conversation, 3);
        Assert.Contains("🧑 Tư vấn viên: Chào bạn, mình là tư vấn viên. Mình nghe đây.", delivered);
        Assert.StartsWith("Cuộc trò chuyện với tư vấn viên đã kết thúc", delivered[^1], StringComparison.Ordinal);
        Assert.Null(await host.ChatIdAsync(conversation));
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
