using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Flows.Quiz;
using PledgeBot.Dialogs.Flows.Welcome;
using PledgeBot.Conversations.DirectLine;

namespace PledgeBot.Tests.Conversations.DirectLine;

[Collection(DirectLineCollection.Name)]
[Trait(TestCategory.Name, TestCategory.Browser)]
public sealed class WebChatPageBrowserTests(DirectLineHostFixture host, ChromiumFixture chromium)
{
    /// <summary>Where the browser test leaves its screenshots, for people to look at.</summary>
    public static string ScreenshotFolder => Path.Combine(ChromiumFixture.RepositoryRoot, "TestResults", "webchat");

    private static readonly float s_wait = 20_000;

    [Fact]
    public async Task Chats_in_Web_Chat_from_greeting_to_a_suggested_action_answer()
    {
        var browser = await chromium.BrowserAsync();
        await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, Locale = "vi-VN" });
        var page = await context.NewPageAsync();
        var posted = new ConcurrentQueue<string>();
        page.Request += (_, request) =>
        {
            if (request.Method == "POST" && request.Url.EndsWith("/activities", StringComparison.Ordinal))
            {
                posted.Enqueue(request.PostData ?? string.Empty);
            }
        };

        await page.GotoAsync(new Uri(host.BaseAddress, "?ref=KOL123").ToString());
        await Expect(Said(page, Prefix(Text.Welcome.Greeting))).ToBeVisibleAsync(new() { Timeout = s_wait });
        var sendBox = page.GetByRole(AriaRole.Textbox).First;
        await sendBox.FillAsync("xin chào");
        await sendBox.PressAsync("Enter");
        await Expect(Said(page, "xin chào")).ToBeVisibleAsync(new() { Timeout = s_wait });
        await Expect(Said(page, Prefix(Text.Welcome.NotUnderstood))).ToBeVisibleAsync(new() { Timeout = s_wait });
        var quiz = page.GetByRole(AriaRole.Button, new() { Name = Choice(MainMenu.Quiz) }).Last;
        await Expect(quiz).ToBeVisibleAsync(new() { Timeout = s_wait });
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, "webchat-greeting.png"), FullPage = true });
        await quiz.ClickAsync();
        await Expect(Said(page, Prefix(QuizText.Intro))).ToBeVisibleAsync(new() { Timeout = s_wait });
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, "webchat-quiz.png"), FullPage = true });

        Assert.Contains(posted, body => body.Contains("\"webchat/join\"", StringComparison.Ordinal)
            && body.Contains("KOL123", StringComparison.Ordinal) && body.Contains("vi-VN", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(ScreenshotFolder, "webchat-quiz.png")));
    }

    [Fact]
    public async Task Says_so_and_shows_the_hotline_when_Web_Chat_cannot_load()
    {
        var browser = await chromium.BrowserAsync();
        await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        await page.RouteAsync("**/webchat.js", route => route.AbortAsync());

        await page.GotoAsync(new Uri(host.BaseAddress, "?lang=en").ToString());

        var fallback = page.Locator("#fallback");
        await Expect(fallback).ToBeVisibleAsync(new() { Timeout = s_wait });
        await Expect(fallback).ToContainTextAsync("111");
        await Expect(fallback).ToContainTextAsync("could not load");
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, "webchat-fallback.png") });
    }

    [Fact]
    public async Task Shows_the_fallback_with_the_hotline_when_Web_Chat_has_not_loaded_after_a_few_seconds()
    {
        var browser = await chromium.BrowserAsync();
        await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        await page.RouteAsync("**/webchat.js", _ => Task.CompletedTask); // never answered, as on a festival's dead Wi-Fi

        await page.GotoAsync(host.BaseAddress.ToString(), new() { WaitUntil = WaitUntilState.DOMContentLoaded });

        var fallback = page.Locator("#fallback");
        await Expect(fallback).ToBeHiddenAsync();
        await Expect(fallback).ToBeVisibleAsync(new() { Timeout = 12_000 });
        await Expect(fallback).ToContainTextAsync("111");
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    // A message's text as the transcript renders it (Web Chat also keeps hidden copies for screen readers).
    private static ILocator Said(IPage page, string text) =>
        page.Locator(".webchat__text-content").Filter(new() { HasText = text }).Last;

    private ContentCatalog Catalog => host.Factory.Services.GetRequiredService<IContentSource>().Current;

    // The text up to its first placeholder or line break, which Web Chat renders as one run.
    private string Prefix(TextKey key)
    {
        var text = Catalog.Get(Language.Vietnamese, key);
        var end = text.IndexOfAny(['{', '\n', '“', '"']);
        return end > 0 ? text[..end].Trim() : text;
    }

    private string Choice(string choiceId) => Catalog.ChoiceTitle(Language.Vietnamese, choiceId);
}
