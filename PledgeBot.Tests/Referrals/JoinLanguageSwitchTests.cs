using System.Text.Json;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine.Turns;
using PledgeBot.Tests.Transcripts;

namespace PledgeBot.Tests.Referrals;

/// <summary>The campaign page's language link reloads the page, which joins the same conversation again with the
/// other locale: the bot says the language changed and asks again in it; the same language stays silent.</summary>
[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class JoinLanguageSwitchTests
{
    [Fact]
    public async Task Says_the_language_changed_and_shows_the_menu_again_when_the_page_rejoins_in_english()
    {
        var bot = TestBot.Create();

        await bot.Transcript()
            .User("xin chào")
            .Bot(Text.Welcome.Greeting)
            .Bot(Text.Menu.Prompt)
            .UserSends(b => b.Event("webchat/join", JsonDocument.Parse("""{"ref":"","locale":"en-US"}""").RootElement))
            .Speaking(Language.English)
            .Bot(Text.Commands.LanguageSwitched)
            .Bot(Text.Menu.Prompt)
            .RunAsync();
    }

    [Fact]
    public async Task Stays_silent_when_the_page_rejoins_in_the_same_language()
    {
        var bot = TestBot.Create();

        await bot.Transcript()
            .User("xin chào")
            .Bot(Text.Welcome.Greeting)
            .Bot(Text.Menu.Prompt)
            .UserSends(b => b.Event("webchat/join", JsonDocument.Parse("""{"ref":"","locale":"vi-VN"}""").RootElement))
            .Silent()
            .RunAsync();
    }
}
