using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Flows.Classes;
using PledgeBot.Dialogs.Engine.Turns;
using PledgeBot.Tests.Conversations.DirectLine;
using static Microsoft.Playwright.Assertions;

namespace PledgeBot.Tests.Classes;

[Trait(TestCategory.Name, TestCategory.Browser)]
[Collection(ClassCollection.Name)]
public sealed class ClassScreenBrowserTests(ClassHostsFixture host, ChromiumFixture chromium)
{
    private static readonly float s_wait = 15_000;

    /// <summary>Where the test leaves its screenshots; with PLEDGEBOT_UPDATE_SCREENSHOTS=1 they are also copied to docs/screenshots.</summary>
    public static string ScreenshotFolder => Path.Combine(ChromiumFixture.RepositoryRoot, "TestResults", "class");

    [Fact]
    public async Task Runs_a_class_on_the_projector_from_the_lobby_qr_through_a_question_and_its_reveal_to_the_end()
    {
        var created = await host.CreateClassAsync(new { name = "7A – THCS Nguyễn Du", province = "TP. Hà Nội", questions = 2, secondsPerQuestion = 60, showRanking = true });
        var code = created.GetProperty("code").GetString()!;
        var browser = await chromium.BrowserAsync();
        await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1600, Height = 900 }, Locale = "vi-VN" });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) => problems.Add($"{message.Type}: {message.Text}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !response.Url.EndsWith("/favicon.ico", StringComparison.Ordinal))
            {
                problems.Add($"page: {response.Status} {response.Url}");
            }
        };
        page.PageError += (_, error) => problems.Add($"page: {error}");
        await page.GotoAsync(new Uri(host.BaseAddress, created.GetProperty("screenUrl").GetString()!.TrimStart('/')).ToString());

        try
        {
            await Expect(page.Locator("#lobby")).ToBeVisibleAsync(new() { Timeout = s_wait });
        }
        catch (PlaywrightException)
        {
            Assert.Fail(string.Join('\n', problems));
        }

        await Expect(page.Locator("#join-text")).ToHaveTextAsync($"LOP {code}");
        await Expect(page.Locator(".qr svg")).ToBeVisibleAsync();
        using var students = host.SecondClient();
        foreach (var student in new[] { "screen-1", "screen-2", "screen-3" })
        {
            await host.SayAsync(students, $"{student}-{code}", $"LOP {code}");
        }

        await Expect(page.Locator("#joined")).ToHaveTextAsync("3", new() { Timeout = s_wait });
        await SaveScreenshotAsync(page, "class-lobby.png");

        await page.Locator("#start").ClickAsync();
        await Expect(page.Locator("#question")).ToBeVisibleAsync(new() { Timeout = s_wait });
        await Expect(page.Locator("#options li")).ToHaveCountAsync(3);
        var questionText = await page.Locator("#q-text").TextContentAsync();
        var question = Content.Quiz(Language.Vietnamese).Single(q => q.Question == questionText);
        var right = ClassMessages.CorrectOption(question);
        await host.SayAsync(students, $"screen-1-{code}", Letter(right));
        await host.SayAsync(students, $"screen-2-{code}", Letter(right));
        await host.SayAsync(students, $"screen-3-{code}", Letter((right + 1) % 3));
        await Expect(page.Locator("#answered")).ToHaveTextAsync("3", new() { Timeout = s_wait });
        await Expect(page.Locator("#countdown")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[1-6]?[0-9]$"));
        await SaveScreenshotAsync(page, "class-question.png");

        await page.Locator("#reveal").ClickAsync();
        await Expect(page.Locator("#options li.correct")).ToHaveCountAsync(1, new() { Timeout = s_wait });
        await Expect(page.Locator("#options li.correct .count")).ToHaveTextAsync("2");
        await Expect(page.Locator("#explanation")).ToContainTextAsync(question.Explanation);
        await page.WaitForTimeoutAsync(700); // the bars grow to their width
        await SaveScreenshotAsync(page, "class-reveal.png");

        await page.Locator("#end").ClickAsync();
        await Expect(page.Locator("#ended")).ToBeVisibleAsync(new() { Timeout = s_wait });
        await Expect(page.Locator("#scores li")).ToHaveCountAsync(2); // 0 or 1 right: one question was asked
        await Expect(page.Locator("#ranking li")).ToHaveCountAsync(3);
        await Expect(page.Locator("#missed li")).ToHaveCountAsync(1);
        await SaveScreenshotAsync(page, "class-end.png");
        Assert.DoesNotContain(problems, p => p.StartsWith("page", StringComparison.Ordinal) || (p.StartsWith("error", StringComparison.Ordinal) && !p.Contains("Failed to load resource", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Seats_a_student_who_opens_the_join_link_in_web_chat()
    {
        var created = await host.CreateClassAsync(new { name = "Lớp Web Chat" });
        var code = created.GetProperty("code").GetString()!;
        var browser = await chromium.BrowserAsync();
        await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, Locale = "vi-VN" });
        var page = await context.NewPageAsync();
        await page.RouteAsync(PledgeBot.Conversations.DirectLine.WebChatOptions.DefaultScriptUrl, route => route.FulfillAsync(new()
        {
            Path = ChromiumFixture.WebChatScript,
            ContentType = "application/javascript",
        }));

        await page.GotoAsync(new Uri(host.BaseAddress, $"?class={code}").ToString());

        var joined = Content.Get(Language.Vietnamese, ClassText.Joined, ("name", "Lớp Web Chat"), ("nickname", "x"), ("score", "0"));
        await Expect(page.Locator(".webchat__text-content").Filter(new() { HasText = joined[..joined.IndexOf('“', StringComparison.Ordinal)].Trim() }).Last)
            .ToBeVisibleAsync(new() { Timeout = s_wait });
        await Expect(page.Locator(".webchat__text-content").Filter(new() { HasText = "Lớp Web Chat" }).Last).ToBeVisibleAsync();
    }

    private ContentCatalog Content => host.First.Services.GetRequiredService<IContentSource>().Current;

    private static string Letter(int option) => ((char)('A' + option)).ToString();

    private static async Task SaveScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        var path = Path.Combine(ScreenshotFolder, name);
        await page.ScreenshotAsync(new() { Path = path });
        // A test run leaves the tracked docs alone unless asked: PLEDGEBOT_UPDATE_SCREENSHOTS=1 ./test.sh.
        if (Environment.GetEnvironmentVariable("PLEDGEBOT_UPDATE_SCREENSHOTS") == "1")
        {
            var docs = Path.Combine(ChromiumFixture.RepositoryRoot, "docs", "screenshots");
            Directory.CreateDirectory(docs);
            File.Copy(path, Path.Combine(docs, name), overwrite: true);
        }
    }
}
