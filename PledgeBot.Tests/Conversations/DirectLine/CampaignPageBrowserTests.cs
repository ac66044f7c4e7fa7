using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Flows.Pledge;
using PledgeBot.Dialogs.Flows.Privacy;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Dialogs.Engine.Turns;
using PledgeBot.Tests.Accessibility;

namespace PledgeBot.Tests.Conversations.DirectLine;

/// <summary>The campaign page in Debian's Chromium with every request that does not go to the host refused: Web Chat
/// from the host, one identity per browser across reloads and a language switch, and axe-core on the page.</summary>
[Trait(TestCategory.Name, TestCategory.Browser)]
[Collection(DirectLineCollection.Name)]
public sealed class CampaignPageBrowserTests(DirectLineHostFixture host, ChromiumFixture chromium)
{
    private const float Wait = 20_000;

    [Fact]
    public async Task Chats_with_nothing_but_the_host_reachable_and_breaks_no_script_policy()
    {
        var (context, page, elsewhere) = await OpenAsync();
        await using var _ = context;
        var policyErrors = new ConcurrentQueue<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                policyErrors.Enqueue(message.Text);
            }
        };

        await page.GotoAsync(host.BaseAddress.ToString());
        await Expect(Said(page, Prefix(Language.Vietnamese, Text.Welcome.Greeting))).ToBeVisibleAsync(new() { Timeout = Wait });
        await SendAsync(page, "xin chào");

        await Expect(page.Locator("#fallback")).ToBeHiddenAsync();
        Assert.Empty(elsewhere);
        Assert.DoesNotContain(policyErrors, error => error.Contains("script-src", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Carries_on_one_user_across_a_reload_and_a_language_switch_and_counts_the_pledge_once()
    {
        var (context, page, elsewhere) = await OpenAsync();
        await using var _ = context;
        var tokens = new ConcurrentQueue<JsonElement>();
        page.Response += async (_, response) =>
        {
            if (response.Url.EndsWith("/api/directline/token", StringComparison.Ordinal))
            {
                tokens.Enqueue(await response.JsonAsync() ?? default);
            }
        };
        var ledger = host.Factory.Services.GetRequiredService<ICampaignLedger>();
        var before = (await ledger.GetTotalsAsync(CancellationToken.None)).Pledges;

        await page.GotoAsync(host.BaseAddress.ToString());
        await Expect(Said(page, Prefix(Language.Vietnamese, Text.Welcome.Greeting))).ToBeVisibleAsync(new() { Timeout = Wait });
        await SendAsync(page, "cam kết");
        await SendAsync(page, "1");
        await page.ReloadAsync();
        await Expect(page.GetByRole(AriaRole.Textbox).First).ToBeVisibleAsync(new() { Timeout = Wait });
        for (var i = 1; i < PledgeFlow.Situations; i++)
        {
            await SendAsync(page, "1");
        }

        await SendAsync(page, "1 2 3");
        await SendAsync(page, "xong");
        await SendAsync(page, "hà nội");
        await SendAsync(page, "18–24");
        await Expect(Said(page, Prefix(Language.Vietnamese, PledgeText.Thanks))).ToBeVisibleAsync(new() { Timeout = Wait });
        var card = page.Locator($"img[alt^=\"{Catalog.Get(Language.Vietnamese, PledgeText.CardTitle)} #\"]").First;
        await Expect(card).ToBeAttachedAsync(new() { Timeout = Wait });
        var alt = await card.GetAttributeAsync("alt");
        var violations = await Axe.RunAsync(page, "campaign-page-with-pledge-card");
        await page.ScreenshotAsync(new() { Path = Screenshots.Path("campaign-phone.png") });
        Screenshots.Publish("campaign-phone.png");
        var afterFirst = (await ledger.GetTotalsAsync(CancellationToken.None)).Pledges;

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Textbox).First).ToBeVisibleAsync(new() { Timeout = Wait });
        await SendAsync(page, "cam kết");
        await Expect(Said(page, Prefix(Language.English, PledgeText.Already))).ToBeVisibleAsync(new() { Timeout = Wait });
        var afterSecond = (await ledger.GetTotalsAsync(CancellationToken.None)).Pledges;

        var answers = tokens.ToList();
        Assert.Equal(3, answers.Count);
        Assert.Single(answers.Select(a => a.GetProperty("conversationId").GetString()).Distinct());
        Assert.Equal([false, true, true], answers.Select(a => a.GetProperty("resumed").GetBoolean()));
        Assert.Equal((before + 1, before + 1), (afterFirst, afterSecond));
        Assert.Equal(3, Catalog.Pledges(Language.Vietnamese).Count(p => alt!.Contains(p.Text, StringComparison.Ordinal)));
        Assert.Empty(Axe.Blocking(violations));
        Assert.Empty(elsewhere);
    }

    [Fact]
    public async Task Forgets_the_browsers_user_when_they_delete_their_data()
    {
        var (context, page, _) = await OpenAsync();
        await using var _ = context;
        await page.GotoAsync(host.BaseAddress.ToString());
        await Expect(Said(page, Prefix(Language.Vietnamese, Text.Welcome.Greeting))).ToBeVisibleAsync(new() { Timeout = Wait });
        var kept = await page.EvaluateAsync<string?>("() => localStorage.getItem('pledgebot.userToken')");

        await SendAsync(page, "xóa dữ liệu của tôi");
        await SendAsync(page, "có");
        await Expect(Said(page, Prefix(Language.Vietnamese, PrivacyText.Deleted))).ToBeVisibleAsync(new() { Timeout = Wait });

        Assert.False(string.IsNullOrEmpty(kept));
        await Expect(page.Locator("#webchat")).ToBeVisibleAsync();
        Assert.Null(await page.EvaluateAsync<string?>("() => localStorage.getItem('pledgebot.userToken')"));
    }

    private async Task<(IBrowserContext Context, IPage Page, ConcurrentQueue<string> Elsewhere)> OpenAsync()
    {
        var browser = await chromium.BrowserAsync();
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, Locale = "vi-VN", IsMobile = true });
        var elsewhere = new ConcurrentQueue<string>();
        var origin = host.BaseAddress.GetLeftPart(UriPartial.Authority);
        await context.RouteAsync("**/*", route =>
        {
            if (route.Request.Url.StartsWith(origin, StringComparison.Ordinal))
            {
                return route.ContinueAsync();
            }

            elsewhere.Enqueue(route.Request.Url);
            return route.AbortAsync();
        });
        return (context, await context.NewPageAsync(), elsewhere);
    }

    // Sends a message through Web Chat's send box and waits for its turn to run (Direct Line answers the POST once
    // the bot's replies are in the conversation's log).
    private static async Task SendAsync(IPage page, string text)
    {
        var box = page.GetByRole(AriaRole.Textbox).First;
        await box.FillAsync(text);
        await page.RunAndWaitForResponseAsync(
            () => box.PressAsync("Enter"),
            response => response.Request.Method == "POST" && response.Url.EndsWith("/activities", StringComparison.Ordinal),
            new() { Timeout = Wait });
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    private static ILocator Said(IPage page, string text) =>
        page.Locator(".webchat__text-content").Filter(new() { HasText = text }).Last;

    private ContentCatalog Catalog => host.Factory.Services.GetRequiredService<IContentSource>().Current;

    private string Prefix(Language language, TextKey key)
    {
        var text = Catalog.Get(language, key);
        var end = text.IndexOfAny(['{', '\n', '“', '"']);
        return end > 0 ? text[..end].Trim() : text;
    }
}
