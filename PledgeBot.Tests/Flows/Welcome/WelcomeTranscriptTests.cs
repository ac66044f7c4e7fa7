using PledgeBot.Dialogs.Content;
using PledgeBot.Tests.Transcripts;

namespace PledgeBot.Tests.Flows.Welcome;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class WelcomeTranscriptTests
{
    [Fact]
    public async Task Greets_a_new_user_in_Vietnamese_with_the_main_menu_when_they_join()
    {
        var bot = TestBot.Create(Language.Vietnamese);
        var transcript = bot.Transcript();

        await transcript
            .UserJoins()
            .Bot(Text.Welcome.Greeting)
            .Bot(Text.Menu.Prompt, transcript.MenuTitles())
            .RunAsync();
    }

    [Fact]
    public async Task Greets_in_English_when_the_channel_locale_is_English()
    {
        var bot = TestBot.Create(Language.English);
        var transcript = bot.Transcript();

        await transcript
            .UserJoins()
            .Bot(Text.Welcome.Greeting)
            .Bot(Text.Menu.Prompt, "🤝 Pledge", "🧠 Quiz", "💬 Talk to someone", "Tiếng Việt")
            .RunAsync();
    }

    [Fact]
    public async Task Stays_silent_when_only_the_bot_joins()
    {
        var bot = TestBot.Create();

        var result = await bot.SendAsync(bot.Joins() with { MembersAdded = [new() { Id = "bot" }] });

        Assert.Empty(result.Replies);
    }

    [Fact]
    public async Task Greets_on_a_first_message_and_not_again_after_that()
    {
        var bot = TestBot.Create();
        var transcript = bot.Transcript();

        await transcript
            .User("chào")
            .Bot(Text.Welcome.Greeting)
            .Bot(Text.Menu.Prompt, transcript.MenuTitles())
            .User("chào")
            .BotWithMenu(Text.Welcome.NotUnderstood)
            .RunAsync();
    }

    [Fact]
    public async Task Does_not_greet_twice_when_the_user_joins_and_then_writes()
    {
        var bot = TestBot.Create();

        await bot.Transcript()
            .UserJoins()
            .Bot(Text.Welcome.Greeting)
            .Bot(Text.Menu.Prompt)
            .User("xin chào")
            .Bot(Text.Welcome.NotUnderstood)
            .RunAsync();
    }

    [Theory]
    [InlineData("💬 Cần người lắng nghe")]
    [InlineData("3")]
    [InlineData("can nguoi lang nghe")]
    [InlineData("talk to someone")]
    public async Task Gives_the_hotlines_from_the_menu_however_talk_to_someone_is_chosen(string typed)
    {
        var bot = TestBot.Create();
        var transcript = bot.Transcript();

        await transcript
            .UserJoins().Bot(Text.Welcome.Greeting).Bot(Text.Menu.Prompt)
            .User(typed)
            .Bot(Text.Help.Offer, transcript.MenuTitles())
            .RunAsync();
    }

    [Fact]
    public async Task Mentions_111_and_113_in_the_help_offer_in_both_languages()
    {
        var content = EmbeddedContent.Load();

        foreach (var language in new[] { Language.Vietnamese, Language.English })
        {
            var offer = content.Get(language, Text.Help.Offer);
            Assert.Contains("111", offer, StringComparison.Ordinal);
            Assert.Contains("113", offer, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Switches_to_English_and_back_from_the_menu_button()
    {
        var bot = TestBot.Create();
        var transcript = bot.Transcript();

        await transcript
            .UserJoins().Bot(Text.Welcome.Greeting).Bot(Text.Menu.Prompt)
            .User("English")
            .Speaking(Language.English)
            .Bot(Text.Commands.LanguageSwitched, "🤝 Pledge", "🧠 Quiz", "💬 Talk to someone", "Tiếng Việt")
            .User("tieng viet")
            .Speaking(Language.Vietnamese)
            .Bot(Text.Commands.LanguageSwitched, "🤝 Cam kết", "🧠 Đố vui", "💬 Cần người lắng nghe", "English")
            .RunAsync();
    }

    [Fact]
    public async Task Answers_nothing_to_cancel_when_stop_is_typed_outside_any_flow()
    {
        var bot = TestBot.Create();
        var transcript = bot.Transcript();

        await transcript
            .UserJoins().Bot(Text.Welcome.Greeting).Bot(Text.Menu.Prompt)
            .User("dừng")
            .BotWithMenu(Text.Commands.NothingToCancel)
            .RunAsync();
    }
}
