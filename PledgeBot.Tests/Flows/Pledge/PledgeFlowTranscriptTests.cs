using Microsoft.Extensions.DependencyInjection;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine;
using PledgeBot.Dialogs.Flows.Pledge;
using PledgeBot.Dialogs.Flows.Pledge.Provinces;
using PledgeBot.Dialogs.Flows.Privacy;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Tests.Fakes;
using PledgeBot.Tests.Transcripts;

namespace PledgeBot.Tests.Flows.Pledge;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class PledgeFlowTranscriptTests
{
    [Theory]
    [InlineData(Language.Vietnamese, "cam ket", "✅ Xong", "ha noi", "15–17", "TP. Hà Nội")]
    [InlineData(Language.English, "pledge", "✅ Done", "hanoi", "15–17", "TP. Hà Nội")]
    public async Task Plays_three_situations_then_records_the_pledge_once_with_a_card_to_share(
        Language language, string start, string done, string province, string age, string provinceName)
    {
        var bot = PledgeBot(language);
        var scenarios = DrawnScenarios(bot, language);
        var transcript = bot.Transcript().UserJoins().Bot(Text.Welcome.Greeting).Bot(Text.Menu.Prompt)
            .User(start).Bot(PledgeText.Intro);

        for (var i = 0; i < 3; i++)
        {
            var scenario = scenarios[i];
            var safe = scenario.Options.First(o => o.Safe);
            transcript = transcript
                .BotContaining(scenario.Text)
                .User(safe.Label)
                .BotContaining(safe.Feedback);
        }

        await transcript
            .Bot(PledgeText.ScenarioDone)
            .BotContaining(bot.Content.Get(language, PledgeText.PickIntro))
            .User("1 3 5").BotContaining(bot.Content.Pledges(language)[4].Label)
            .User(bot.Content.Pledges(language)[1].Label).BotContaining("4")
            .User(done).Bot(PrivacyText.Notice).Bot(ProvinceText.AskRegion)
            .User(province).Bot(PledgeText.AgePrompt, "12–14", "15–17", "18–24", language == Language.Vietnamese ? "Khác" : "Other")
            .User(age)
            .BotContaining(bot.Content.Get(language, PledgeText.Thanks, ("number", "1"))).BotMentions(bot.Content.Plural(language, PledgeText.ProvinceCount, 1, ("province", provinceName)))
            .BotContaining("https://khongmotminh.test/?ref=P000001")
            .RunAsync();

        var pledge = Assert.Single(bot.Ledger.Pledges);
        Assert.Equal(["otp", "links", "police-video", "2fa"], pledge.PledgeIds);
        Assert.Equal("ha-noi", pledge.Province);
        Assert.Equal(AgeBands.From15To17, pledge.AgeBand);
        Assert.Equal(Channels.Test, pledge.Channel);
        Assert.Equal("P000001", pledge.InviteCode);
        Assert.Equal(pledge.User, bot.Referrals.PeerCodes["P000001"]);
    }

    [Fact]
    public async Task Sends_the_pledge_card_as_a_hero_card_with_a_share_button()
    {
        var bot = PledgeBot(Language.Vietnamese);

        var replies = await PledgeAsync(bot);

        var card = Assert.Single(replies[^1].Attachments!);
        Assert.Equal(HeroCard.ContentType, card.ContentType);
        var content = card.Content!.Value;
        Assert.Equal("https://khongmotminh.test/cards/1-otp.2fa.links-P000001-vi.png", content.GetProperty("images")[0].GetProperty("url").GetString());
        Assert.Equal("openUrl", content.GetProperty("buttons")[0].GetProperty("type").GetString());
        Assert.Contains(Uri.EscapeDataString("https://khongmotminh.test/?ref=P000001"), content.GetProperty("buttons")[0].GetProperty("value").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tells_a_second_time_pledger_when_they_pledged_and_counts_nothing_twice()
    {
        var bot = PledgeBot(Language.Vietnamese);
        await PledgeAsync(bot);

        await bot.Transcript()
            .User("cam kết")
            .Bot(PledgeText.Already, [("date", "24/11/2026"), ("number", "1"), ("link", "https://khongmotminh.test/?ref=P000001")], MenuTitles(bot))
            .RunAsync();

        Assert.Single(bot.Ledger.Pledges);
    }

    [Fact]
    public async Task Asks_for_more_pledges_when_done_comes_before_three()
    {
        var bot = PledgeBot(Language.Vietnamese);

        await PlayedThrough(bot)
            .User("2").BotContaining(bot.Content.Pledges(Language.Vietnamese)[1].Label)
            .User("xong").BotContaining(bot.Content.Get(Language.Vietnamese, PledgeText.NeedMore, ("missing", "2")))
            .User("gibberish").BotContaining(bot.Content.Get(Language.Vietnamese, PledgeText.Retry))
            .RunAsync();
    }

    [Fact]
    public async Task Offers_help_in_the_middle_of_choosing_pledges_and_goes_on_when_the_user_carries_on()
    {
        var bot = PledgeBot(Language.Vietnamese);

        await PlayedThrough(bot)
            .User("1")
            .BotContaining(bot.Content.Pledges(Language.Vietnamese)[0].Label)
            .User("em sợ quá")
            .BotHelps()
            .User("làm tiếp").Bot(global::PledgeBot.Dialogs.Safety.SafetyText.Resume)
            .BotContaining(bot.Content.Plural(Language.Vietnamese, PledgeText.PickedSoFar, 1))
            .User("2 3").BotContaining("3")
            .RunAsync();
    }

    private static TestBot PledgeBot(Language language) =>
        TestBot.Create(language, services => services.AddSingleton<Flow, ProvinceFlow>());

    private static Scenario[] DrawnScenarios(TestBot bot, Language language)
    {
        // The bot's Random is seeded (TestBot) and the pledge flow is the first to draw from it.
        var ids = bot.Content.Scenarios(language).Select(s => s.Id).ToArray();
        new Random(12345).Shuffle(ids);
        return ids.Take(3).Select(id => bot.Content.Scenarios(language).Single(s => s.Id == id)).ToArray();
    }

    private static Transcript PlayedThrough(TestBot bot)
    {
        var transcript = bot.Transcript().UserJoins().Bot(Text.Welcome.Greeting).Bot(Text.Menu.Prompt)
            .User("cam kết").Bot(PledgeText.Intro);
        foreach (var scenario in DrawnScenarios(bot, Language.Vietnamese))
        {
            transcript = transcript.BotContaining(scenario.Text).User("2").BotContaining(scenario.Options[1].Feedback);
        }

        return transcript.Bot(PledgeText.ScenarioDone).BotContaining(bot.Content.Get(Language.Vietnamese, PledgeText.PickIntro));
    }

    private static async Task<IReadOnlyList<Activity>> PledgeAsync(TestBot bot)
    {
        await PlayedThrough(bot).User("1 2 3").BotContaining("3").User("xong").Bot(PrivacyText.Notice).Bot(ProvinceText.AskRegion).User("hà nội").Bot(PledgeText.AgePrompt).RunAsync();
        return (await bot.SendAsync(bot.Message("18–24"))).Replies;
    }

    private static string[] MenuTitles(TestBot bot) => bot.Transcript().MenuTitles();
}
