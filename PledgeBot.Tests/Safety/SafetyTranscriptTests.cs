using Microsoft.Extensions.DependencyInjection;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Dialogs;
using PledgeBot.Dialogs.Flows.Pledge;
using PledgeBot.Dialogs.Flows.Pledge.Provinces;
using PledgeBot.Dialogs.Flows.Quiz;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Dialogs.Safety;
using PledgeBot.Dialogs.Turns;
using PledgeBot.Tests.Flows.Quiz;
using PledgeBot.Tests.Transcripts;

namespace PledgeBot.Tests.Safety;

public sealed class SafetyTranscriptTests
{
    [Theory]
    [InlineData(Language.Vietnamese, "k muốn sống nữa")]
    [InlineData(Language.Vietnamese, "ko muon song nua")]
    [InlineData(Language.English, "i want to die")]
    public async Task Pauses_the_quiz_with_113_115_and_111_when_the_danger_is_now_then_asks_the_same_question(Language language, string text)
    {
        var game = new QuizGame(language);
        var round = game.NextRound();

        await game.Start(round)
            .AnswersRight(round, 1, round.RightLetter(1))
            .User(text)
            .Bot(SafetyText.DangerNow).BotMentions("113").BotMentions("115").BotMentions("111")
            .Bot(Text.Help.Offer).BotMentions("111")
            .Bot(SafetyText.Resume)
            .Asks(round, 2)
            .AnswersRight(round, 2, round.RightLetter(2))
            .AnswersRight(round, 3, round.RightLetter(3))
            .AnswersRight(round, 4, round.RightLetter(4))
            .AnswersRight(round, 5, round.RightLetter(5))
            .Scores(game, 5, QuizText.BadgeGold)
            .RunAsync();

        Assert.Equal(TalkEntry.Safety, Assert.Single(game.Bot.Ledger.Talks).Entry);
        Assert.Equal(5, Assert.Single(game.Bot.Ledger.Quizzes).Score);
    }

    [Theory]
    [InlineData(Language.Vietnamese, "nó doạ tung ảnh nóng của em")]
    [InlineData(Language.Vietnamese, "no doa tung anh nong cua e")]
    [InlineData(Language.English, "he keeps asking me for nudes")]
    public async Task Pauses_the_pledge_situations_with_care_and_111_then_shows_the_same_situation(Language language, string text)
    {
        var bot = TestBot.Create(language, services => services.AddSingleton<Flow, ProvinceFlow>());
        var scenario = FirstScenario(bot, language);

        await bot.Transcript().UserJoins().Bot(Text.Welcome.Greeting).Bot(Text.Menu.Prompt)
            .User(language == Language.Vietnamese ? "cam kết" : "pledge").Bot(PledgeText.Intro)
            .BotContaining(scenario.Text)
            .User(text)
            .Bot(SafetyText.High).BotMentions("💙")
            .Bot(Text.Help.Offer).BotMentions("111")
            .Bot(SafetyText.Resume)
            .BotContaining(scenario.Text)
            .User(scenario.Options.First(o => o.Safe).Label)
            .BotContaining(scenario.Options.First(o => o.Safe).Feedback)
            .BotContaining(language == Language.Vietnamese ? "Tình huống 2/3" : "Situation 2/3")
            .RunAsync();

        Assert.Equal(TalkEntry.Safety, Assert.Single(bot.Ledger.Talks).Entry);
    }

    [Fact]
    public async Task Checks_in_gently_once_per_conversation_on_a_worrying_message()
    {
        var bot = TestBot.Create(Language.Vietnamese);
        var transcript = bot.Transcript();

        await transcript.UserJoins().Bot(Text.Welcome.Greeting).Bot(Text.Menu.Prompt)
            .User("dạo này mình cô đơn quá")
            .Bot(SafetyText.CheckIn, transcript.MenuTitles()).BotMentions("111")
            .User("mình cô đơn quá")
            .Bot(Text.Welcome.NotUnderstood, transcript.MenuTitles())
            .RunAsync();

        Assert.Empty(bot.Ledger.Talks);
    }

    [Fact]
    public async Task Answers_in_the_language_the_user_wrote_in_when_they_have_not_chosen_one()
    {
        var bot = TestBot.Create(Language.English);
        var transcript = bot.Transcript();

        await transcript.UserJoins().Bot(Text.Welcome.Greeting).Bot(Text.Menu.Prompt)
            .Speaking(Language.Vietnamese)
            .User("tao muốn chết")
            .Bot(SafetyText.DangerNow)
            .Bot(Text.Help.Offer)
            .RunAsync();
    }

    [Theory]
    [InlineData("cứu em, nó đang đến nhà em")]
    [InlineData("help me, he is outside my house right now")]
    public async Task Gives_the_danger_now_numbers_when_a_call_for_help_carries_a_risk(string text)
    {
        var bot = TestBot.Create(Language.Vietnamese);

        await bot.Transcript().UserJoins().Bot(Text.Welcome.Greeting).Bot(Text.Menu.Prompt)
            .Speaking(text.StartsWith("help", StringComparison.Ordinal) ? Language.English : Language.Vietnamese)
            .User(text)
            .Bot(SafetyText.DangerNow).BotMentions("113")
            .Bot(Text.Help.Offer)
            .RunAsync();
    }

    [Theory]
    [InlineData("có")]
    [InlineData("dừng")]
    [InlineData("Hà Nội")]
    [InlineData("từ từ thôi")]
    public async Task Stays_out_of_ordinary_answers(string text)
    {
        var bot = TestBot.Create(Language.Vietnamese);

        var result = await bot.SendAsync(bot.Message(text));

        Assert.DoesNotContain(result.Replies, r => r.Text == bot.Content.Get(Language.Vietnamese, SafetyText.High)
            || r.Text == bot.Content.Get(Language.Vietnamese, SafetyText.DangerNow)
            || r.Text == bot.Content.Get(Language.Vietnamese, SafetyText.CheckIn));
    }

    private static Scenario FirstScenario(TestBot bot, Language language)
    {
        // The bot's Random is seeded (TestBot) and the pledge flow is the first to draw from it.
        var ids = bot.Content.Scenarios(language).Select(s => s.Id).ToArray();
        new Random(12345).Shuffle(ids);
        return bot.Content.Scenarios(language).Single(s => s.Id == ids[0]);
    }
}
