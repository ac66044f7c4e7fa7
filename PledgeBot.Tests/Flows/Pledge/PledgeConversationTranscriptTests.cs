using Microsoft.Extensions.DependencyInjection;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine;
using PledgeBot.Dialogs.Flows.Pledge;
using PledgeBot.Dialogs.Flows.Pledge.Provinces;
using PledgeBot.Dialogs.Flows.Privacy;
using PledgeBot.Dialogs.Flows.Welcome;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Tests.Transcripts;

namespace PledgeBot.Tests.Flows.Pledge;

/// <summary>The pledge as a 14-year-old on a phone meets it (issue 22): forgiving answers, nothing lost after the
/// retry limit, a compact picker, the privacy notice, reactions, and copy that reads right.</summary>
[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class PledgeConversationTranscriptTests
{
    [Theory]
    [InlineData(Language.Vietnamese, "khomg", "tu choi")]
    [InlineData(Language.English, "clsoe", "blokc")]
    public async Task Takes_a_typo_and_a_few_words_of_one_option_and_praises_once(Language language, string typo, string words)
    {
        var bot = PledgeBot(language);
        var scenarios = DrawnScenarios(bot, language);
        var first = scenarios[0].Options.Single(o => o.Safe && TextFolding.Fold(o.Label).Contains(language == Language.Vietnamese ? "khong" : "close", StringComparison.Ordinal));
        var refuse = scenarios[2].Options.Single(o => o.Id == "refuse");

        await Start(bot)
            .User(typo).BotWhere(reply => Assert.Equal("✅ " + first.Feedback, reply))
            .BotContaining(scenarios[1].Text)
            .User("2").BotContaining(scenarios[1].Options[1].Feedback)
            .BotContaining(scenarios[2].Text)
            .User("qwe").BotStartingWith(Text.Prompts.RetryChoice).BotMentions("\n2. " + refuse.Label)
            .User(words).BotWhere(reply => Assert.Equal("✅ " + refuse.Feedback, reply))
            .Bot(PledgeText.ScenarioDone)
            .BotContaining(bot.Content.Get(language, PledgeText.PickIntro))
            .RunAsync();
    }

    [Theory]
    [InlineData(Language.Vietnamese, "truoc", "Kiểm tra link lạ", "Hỏi trước khi đăng")]
    [InlineData(Language.English, "before", "Check before I tap", "Ask before posting")]
    public async Task Asks_which_one_when_a_word_fits_two_pledges_and_counts_no_failed_attempt(Language language, string word, string a, string b)
    {
        var bot = PledgeBot(language);

        await PlayedThrough(bot, language)
            .User(word).Bot(Text.Prompts.Which, a, b)
            .User(word).Bot(Text.Prompts.Which, a, b)
            .User(word).Bot(Text.Prompts.Which, a, b)
            .User(b).BotContaining(bot.Content.Get(language, PledgeText.NeedMore, ("missing", "2")))
            .RunAsync();
    }

    [Theory]
    [InlineData(Language.Vietnamese, "▶️ Tiếp tục cam kết")]
    [InlineData(Language.English, "▶️ Continue pledge")]
    public async Task Keeps_the_pledge_after_the_retry_limit_and_resumes_it_from_the_menu(Language language, string resume)
    {
        var bot = PledgeBot(language);
        var transcript = PlayedThrough(bot, language);
        var talk = bot.Content.ChoiceTitle(language, MainMenu.Talk);

        await transcript
            .User("1").BotContaining(bot.Content.Plural(language, PledgeText.Picked, 1, ("labels", bot.Content.Pledges(language)[0].Label)))
            .User("qwe").BotContaining(bot.Content.Get(language, PledgeText.Retry))
            .User("asd").BotContaining(bot.Content.Get(language, PledgeText.Retry))
            .User("zxc").Bot(Text.Prompts.GiveUp, bot.Content.ChoiceTitle(language, "prompts.carryOn"), "🏠 Menu", talk)
            .User("🏠 Menu").Bot(Text.Menu.Prompt, [resume, .. transcript.MenuTitles()])
            .User(resume).BotContaining(bot.Content.Plural(language, PledgeText.PickedSoFar, 1))
            .User("2 3").BotContaining(bot.Content.Plural(language, PledgeText.Picked, 3, ("labels", $"{Label(bot, 1)}, {Label(bot, 2)}")))
            .User(bot.Content.ChoiceTitle(language, PledgeText.Done)).Bot(PrivacyText.Notice).Bot(ProvinceText.AskRegion)
            .RunAsync();
    }

    [Theory]
    [InlineData(Language.Vietnamese)]
    [InlineData(Language.English)]
    public async Task Confirms_each_pick_in_one_line_with_the_buttons_left_and_shows_the_list_on_request(Language language)
    {
        var bot = PledgeBot(language);
        var pledges = bot.Content.Pledges(language);
        var list = bot.Content.ChoiceTitle(language, PledgeText.List);

        await PlayedThrough(bot, language)
            .User("1")
            .BotWhere(reply =>
            {
                Assert.StartsWith("✅ " + pledges[0].Label, reply, StringComparison.Ordinal);
                Assert.DoesNotContain('\n', reply);
            })
            .WithButtons([.. pledges.Skip(1).Select(p => p.Label), list])
            .User(list)
            .BotContaining(bot.Content.Get(language, PledgeText.PickIntro)).BotMentions("✅ " + pledges[0].Text).BotMentions("2. " + pledges[1].Text)
            .WithButtons([.. pledges.Skip(1).Select(p => p.Label)])
            .RunAsync();
    }

    [Theory]
    [InlineData(Language.Vietnamese, "cam kết", "giúp", "xóa dữ liệu")]
    [InlineData(Language.English, "pledge", "help", "delete my data")]
    public async Task Shows_the_privacy_notice_once_before_the_province_question_and_help_names_deleting(
        Language language, string pledge, string help, string delete)
    {
        var bot = PledgeBot(language);
        var done = bot.Content.ChoiceTitle(language, PledgeText.Done);

        await PlayedThrough(bot, language)
            .User("1 2 3").BotContaining("3")
            .User(done).Bot(PrivacyText.Notice).BotMentions(delete).Bot(ProvinceText.AskRegion)
            .User("menu").Bot(Text.Menu.Prompt)
            .User(help).Bot(Text.Commands.Help).BotMentions(delete)
            .User(pledge).Bot(PledgeText.Intro).BotContaining("")
            .User("2").BotContaining("").BotContaining("")
            .User("2").BotContaining("").BotContaining("")
            .User("2").BotContaining("").Bot(PledgeText.ScenarioDone).BotContaining("")
            .User("1 2 3").BotContaining("3")
            .User(done).Bot(ProvinceText.AskRegion)
            .RunAsync();
    }

    [Theory]
    [InlineData(Language.Vietnamese, "👍", "haha", "ok")]
    [InlineData(Language.English, "👍", "lol", "ok")]
    public async Task Re_asks_gently_after_a_reaction_without_counting_it_and_thanks_for_one_after_the_pledge(
        Language language, string thumbs, string laugh, string ok)
    {
        var bot = PledgeBot(language);
        var scenarios = DrawnScenarios(bot, language);
        var reaction = bot.Content.Get(language, Text.Prompts.Reaction) + "\n\n";
        var transcript = Start(bot);

        await transcript
            .User(thumbs).BotStartingWith(Text.Prompts.Reaction).BotMentions(reaction + bot.Content.Get(language, PledgeText.ScenarioCount, ("number", "1")))
            .User(laugh).BotStartingWith(Text.Prompts.Reaction)
            .User(ok).BotStartingWith(Text.Prompts.Reaction)
            .User("qwe").BotStartingWith(Text.Prompts.RetryChoice)
            .User("asd").BotStartingWith(Text.Prompts.RetryChoice)
            .User("2").BotContaining(scenarios[0].Options[1].Feedback).BotContaining(scenarios[1].Text)
            .User("2").BotContaining("").BotContaining("")
            .User("2").BotContaining("").Bot(PledgeText.ScenarioDone).BotContaining("")
            .User("1 2 3").BotContaining("3")
            .User(bot.Content.ChoiceTitle(language, PledgeText.Done)).Bot(PrivacyText.Notice).Bot(ProvinceText.AskRegion)
            .User("ha noi").Bot(PledgeText.AgePrompt, "12–14", "15–17", "18–24", language == Language.Vietnamese ? "Khác" : "Other")
            .User("2").BotContaining("🎉").BotContaining("https://")
            .User(thumbs).Bot(Acknowledgement.Reply, transcript.MenuTitles())
            .User("asdkjh").Bot(Text.Welcome.NotUnderstood, transcript.MenuTitles())
            .RunAsync();

        Assert.Equal(AgeBands.From15To17, Assert.Single(bot.Ledger.Pledges).AgeBand);
    }

    [Fact]
    public async Task Says_one_pledge_and_two_pledges_in_english()
    {
        var bot = PledgeBot(Language.English);
        var pledges = bot.Content.Pledges(Language.English);

        await PlayedThrough(bot, Language.English)
            .User("1").BotContaining($"✅ {pledges[0].Label} — that's 1 pledge so far.")
            .User("2").BotContaining($"✅ {pledges[1].Label} — that's 2 pledges so far.")
            .RunAsync();
    }

    [Theory]
    [InlineData(Language.Vietnamese, "không tính điểm")]
    [InlineData(Language.English, "not scored")]
    public async Task Says_the_situation_game_is_not_scored_at_the_start_and_the_end(Language language, string notScored)
    {
        var bot = PledgeBot(language);

        Assert.Contains(notScored, bot.Content.Get(language, PledgeText.Intro), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(notScored, bot.Content.Get(language, PledgeText.ScenarioDone), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("/3", bot.Content.Get(language, PledgeText.ScenarioDone), StringComparison.Ordinal);
        await PlayedThrough(bot, language).RunAsync();
    }

    private static string Label(TestBot bot, int index) => bot.Content.Pledges(bot.Language)[index].Label;

    private static TestBot PledgeBot(Language language) =>
        TestBot.Create(language, services => services.AddSingleton<Flow, ProvinceFlow>());

    private static Scenario[] DrawnScenarios(TestBot bot, Language language)
    {
        // The bot's Random is seeded (TestBot) and the pledge flow is the first to draw from it.
        var ids = bot.Content.Scenarios(language).Select(s => s.Id).ToArray();
        new Random(12345).Shuffle(ids);
        Assert.Equal(["private-app", "police-hotel", "photos"], ids.Take(3));
        return ids.Take(3).Select(id => bot.Content.Scenarios(language).Single(s => s.Id == id)).ToArray();
    }

    private static Transcript Start(TestBot bot) => bot.Transcript()
        .UserJoins().Bot(Text.Welcome.Greeting).Bot(Text.Menu.Prompt)
        .User(bot.Content.ChoiceTitle(bot.Language, MainMenu.Pledge)).Bot(PledgeText.Intro)
        .BotContaining(DrawnScenarios(bot, bot.Language)[0].Text);

    private static Transcript PlayedThrough(TestBot bot, Language language)
    {
        var scenarios = DrawnScenarios(bot, language);
        return Start(bot)
            .User("2").BotContaining(scenarios[0].Options[1].Feedback).BotContaining(scenarios[1].Text)
            .User("2").BotContaining(scenarios[1].Options[1].Feedback).BotContaining(scenarios[2].Text)
            .User("2").BotContaining(scenarios[2].Options[1].Feedback).Bot(PledgeText.ScenarioDone)
            .BotContaining(bot.Content.Get(language, PledgeText.PickIntro));
    }
}
