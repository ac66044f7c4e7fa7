using Microsoft.Extensions.DependencyInjection;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine;
using PledgeBot.Dialogs.Flows.Pledge;
using PledgeBot.Dialogs.Flows.Pledge.Provinces;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Dialogs.Safety;
using PledgeBot.Tests.Flows.Quiz;
using PledgeBot.Tests.Transcripts;

namespace PledgeBot.Tests.Safety;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class SafetyTranscriptTests
{
    public static TheoryData<Language, string, string> DangerByCategory => new()
    {
        { Language.Vietnamese, "em muốn tự tử, thuốc ngủ em để sẵn trong ngăn bàn rồi", SafetyCategories.SelfHarm },
        { Language.English, "i want to kill myself, the pills are ready in my drawer", SafetyCategories.SelfHarm },
        { Language.Vietnamese, "nó dọa tung ảnh nóng của em lên mạng nếu em không chuyển tiền", SafetyCategories.SexualExploitation },
        { Language.English, "he says he will send my nudes to my whole school unless i pay him", SafetyCategories.SexualExploitation },
        { Language.Vietnamese, "có chú lớn tuổi trên mạng hay nạp thẻ game cho em, dặn đừng kể với ai và hẹn gặp riêng em sau giờ học", SafetyCategories.Grooming },
        { Language.English, "an older guy online keeps buying me game skins, says it's our secret and wants to meet me alone after school", SafetyCategories.Grooming },
        { Language.Vietnamese, "công an gọi video bảo em là nghi phạm rửa tiền, bắt em thuê khách sạn ở một mình và chuyển tiền", SafetyCategories.AbductionScam },
        { Language.English, "a police officer on a video call says i'm a suspect and told me to stay alone in a hotel and transfer money", SafetyCategories.AbductionScam },
        { Language.Vietnamese, "tụi nó nhắn sẽ chặn đường đâm em sau giờ học mai", SafetyCategories.Violence },
        { Language.English, "they messaged me that they will stab me after school tomorrow", SafetyCategories.Violence },
        { Language.Vietnamese, "cả lớp lập nhóm chat chửi em, còn đăng ảnh chế của em lên mạng để cả trường cười", SafetyCategories.Bullying },
        { Language.English, "my whole class made a group chat to mock me and posted edited photos of me for the school to laugh at", SafetyCategories.Bullying },
        { Language.Vietnamese, "bố em say rượu về là đánh em, người em bầm tím hết", SafetyCategories.OtherAbuse },
        { Language.English, "my stepdad beats me every night when he gets drunk, i have bruises everywhere", SafetyCategories.OtherAbuse },
    };

    [Theory]
    [MemberData(nameof(DangerByCategory))]
    public async Task Answers_danger_with_one_reply_of_the_help_that_fits_it_and_no_game_buttons(Language language, string text, string category)
    {
        var bot = TestBot.Create(language);
        var transcript = bot.Transcript();

        await transcript.UserJoins().Bot(Text.Welcome.Greeting).Bot(Text.Menu.Prompt)
            .User(text)
            .BotStartingWith(SafetyText.Crisis(category), CrisisTitles(bot, language)).BotMentions("111")
            .RunAsync();

        var talk = Assert.Single(bot.Ledger.Talks);
        Assert.Equal((TalkEntry.Safety, category), (talk.Entry, talk.Category));
    }

    [Theory]
    [InlineData("😭😭😭")]
    public async Task Gives_the_general_help_when_only_the_classifier_hears_danger_and_is_not_sure(string text)
    {
        var bot = TestBot.Create(Language.Vietnamese);

        var analysis = await bot.Services.GetRequiredService<LocalTextAnalyzer>().AnalyzeAsync(text, "vi-VN", CancellationToken.None);
        var reply = Assert.Single((await bot.SendAsync(bot.Message(text))).Replies);

        Assert.True(analysis.Tentative, $"risk {analysis.Risk}, p(high) {analysis.RiskScore:F2}");
        Assert.Equal(bot.Content.Get(Language.Vietnamese, SafetyText.High), reply.Text);
        Assert.Equal(CrisisTitles(bot, Language.Vietnamese), reply.SuggestedActions!.Actions.Select(a => a.Title));
    }

    [Theory]
    [InlineData(Language.Vietnamese, "k muốn sống nữa")]
    [InlineData(Language.English, "i want to die")]
    public async Task Pauses_the_quiz_until_the_user_chooses_to_carry_on(Language language, string text)
    {
        var game = new QuizGame(language);
        var round = game.NextRound();

        await game.Start(round)
            .AnswersRight(round, 1, round.RightLetter(1))
            .User(text)
            .BotStartingWith(SafetyText.Crisis(SafetyCategories.SelfHarm), CrisisTitles(game.Bot, language)).BotMentions("111").BotMentions("115")
            .User(language == Language.Vietnamese ? "cảm ơn bạn nhiều" : "thanks for listening")
            .Bot(SafetyText.Heard, Call(game.Bot, language), Title(game.Bot, language, SafetyText.LaterChoice))
            .User(Title(game.Bot, language, SafetyText.LaterChoice))
            .Bot(SafetyText.Later, [Title(game.Bot, language, SafetyText.CarryOnChoice), .. game.Bot.Transcript().Speaking(language).MenuTitles()])
            .User(Title(game.Bot, language, SafetyText.CarryOnChoice))
            .Bot(SafetyText.Resume)
            .Asks(round, 2)
            .AnswersRight(round, 2, round.RightLetter(2))
            .RunAsync();
    }

    [Fact]
    public async Task Listens_when_the_user_wants_to_say_more_and_says_it_is_a_bot()
    {
        var bot = TestBot.Create(Language.Vietnamese);

        await bot.Transcript().UserJoins().Bot(Text.Welcome.Greeting).Bot(Text.Menu.Prompt)
            .User("tụi nó nhắn sẽ chặn đường đâm em sau giờ học mai")
            .BotStartingWith(SafetyText.Crisis(SafetyCategories.Violence), CrisisTitles(bot, Language.Vietnamese))
            .User(Title(bot, Language.Vietnamese, SafetyText.TellMoreChoice))
            .Bot(SafetyText.Listening, Call(bot, Language.Vietnamese), Title(bot, Language.Vietnamese, SafetyText.LaterChoice)).BotMentions("chatbot")
            .User(Call(bot, Language.Vietnamese))
            .Bot(SafetyText.CallNow, CrisisTitles(bot, Language.Vietnamese)).BotMentions("111")
            .User("tụi nó nhắn sẽ chặn đường đâm em sau giờ học mai, em sợ lắm")
            .Bot(SafetyText.StillHere, CrisisTitles(bot, Language.Vietnamese))
            .RunAsync();
    }

    [Theory]
    [InlineData(Language.Vietnamese, "cứu em")]
    [InlineData(Language.Vietnamese, "cuu e")]
    [InlineData(Language.English, "help me please")]
    public async Task Gives_help_first_when_the_first_message_asks_for_it(Language language, string text)
    {
        var bot = TestBot.Create(language);

        var replies = (await bot.SendAsync(bot.Message(text))).Replies;

        Assert.Contains("111", replies[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(replies, r => r.Text == bot.Content.Get(language, Text.Welcome.Greeting));
        Assert.DoesNotContain(replies.SelectMany(r => r.SuggestedActions?.Actions ?? []), a => a.Title == bot.Content.ChoiceTitle(language, "menu.quiz"));
    }

    [Theory]
    [InlineData(Language.Vietnamese, "em buồn quá")]
    [InlineData(Language.Vietnamese, "dạo này mình cô đơn quá")]
    [InlineData(Language.Vietnamese, "mọi người ghét em")]
    [InlineData(Language.English, "I feel so lonely lately")]
    public async Task Checks_in_gently_once_per_conversation_on_a_worrying_message(Language language, string text)
    {
        var bot = TestBot.Create(language);
        var transcript = bot.Transcript();
        string[] checkIn = [Call(bot, language), bot.Content.ChoiceTitle(language, "menu.talk"), Title(bot, language, SafetyText.LaterChoice)];

        await transcript.UserJoins().Bot(Text.Welcome.Greeting).Bot(Text.Menu.Prompt)
            .User(text)
            .Bot(SafetyText.CheckIn, checkIn).BotMentions("111")
            .User(Title(bot, language, SafetyText.LaterChoice))
            .Bot(SafetyText.Later, transcript.MenuTitles())
            .User(text)
            .Bot(Text.Welcome.NotUnderstood, transcript.MenuTitles())
            .RunAsync();

        Assert.Empty(bot.Ledger.Talks);
    }

    [Fact]
    public async Task Says_it_is_a_bot_and_offers_a_person_when_it_does_not_understand()
    {
        var bot = TestBot.Create(Language.Vietnamese);
        var transcript = bot.Transcript();

        await transcript.UserJoins().Bot(Text.Welcome.Greeting).Bot(Text.Menu.Prompt)
            .User("asdkjh qwe")
            .Bot(Text.Welcome.NotUnderstood, transcript.MenuTitles()).BotMentions("chatbot").BotMentions("111")
            .RunAsync();

        Assert.Contains(bot.Content.ChoiceTitle(Language.Vietnamese, "menu.talk"), transcript.MenuTitles());
    }

    [Fact]
    public async Task Answers_in_the_language_the_user_wrote_in_when_they_have_not_chosen_one()
    {
        var bot = TestBot.Create(Language.English);

        await bot.Transcript().UserJoins().Bot(Text.Welcome.Greeting).Bot(Text.Menu.Prompt)
            .Speaking(Language.Vietnamese)
            .User("tao muốn chết, tao để dành thuốc rồi")
            .BotStartingWith(SafetyText.Crisis(SafetyCategories.SelfHarm), CrisisTitles(bot, Language.Vietnamese))
            .RunAsync();
    }

    [Theory]
    [InlineData("cứu em, nó đang đến nhà em")]
    [InlineData("help me, he is outside my house right now")]
    public async Task Gives_the_danger_now_numbers_when_a_call_for_help_carries_a_risk(string text)
    {
        var bot = TestBot.Create(Language.Vietnamese);

        var replies = (await bot.SendAsync(bot.Message(text))).Replies;

        var reply = Assert.Single(replies);
        Assert.Contains("113", reply.Text, StringComparison.Ordinal);
        Assert.Contains("111", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dials_111_from_a_call_button_where_the_channel_can()
    {
        var bot = TestBot.Create(Language.Vietnamese);

        var reply = Assert.Single((await bot.SendAsync(bot.Message("em muốn tự tử") with { ChannelId = Channels.WebChat })).Replies);

        var call = reply.SuggestedActions!.Actions[0];
        Assert.Equal((ActionTypes.Call, "tel:111"), (call.Type, call.ValueText));
    }

    [Theory]
    [InlineData(Language.Vietnamese, "nó doạ tung ảnh nóng của em")]
    [InlineData(Language.English, "he keeps asking me for nudes and says he'll post the ones i sent")]
    public async Task Pauses_the_pledge_situations_and_shows_the_same_situation_when_the_user_carries_on(Language language, string text)
    {
        var bot = TestBot.Create(language, services => services.AddSingleton<Flow, ProvinceFlow>());
        var scenario = FirstScenario(bot, language);

        await bot.Transcript().UserJoins().Bot(Text.Welcome.Greeting).Bot(Text.Menu.Prompt)
            .User(language == Language.Vietnamese ? "cam kết" : "pledge").Bot(PledgeText.Intro)
            .BotContaining(scenario.Text)
            .User(text)
            .BotStartingWith(SafetyText.Crisis(SafetyCategories.SexualExploitation), CrisisTitles(bot, language)).BotMentions("111")
            .User(Title(bot, language, SafetyText.LaterChoice))
            .Bot(SafetyText.Later, [Title(bot, language, SafetyText.CarryOnChoice), .. bot.Transcript().Speaking(language).MenuTitles()])
            .User(Title(bot, language, SafetyText.CarryOnChoice))
            .Bot(SafetyText.Resume)
            .BotContaining(scenario.Text)
            .User(scenario.Options.First(o => o.Safe).Label)
            .BotContaining(scenario.Options.First(o => o.Safe).Feedback)
            .BotContaining(language == Language.Vietnamese ? "Tình huống 2/3" : "Situation 2/3")
            .RunAsync();
    }

    [Theory]
    [InlineData("có")]
    [InlineData("dừng")]
    [InlineData("Hà Nội")]
    [InlineData("từ từ thôi")]
    [InlineData("đề lý khó muốn chết luôn")]
    [InlineData("tối qua em bắn chết con boss cuối rồi")]
    public async Task Stays_out_of_ordinary_answers(string text)
    {
        var bot = TestBot.Create(Language.Vietnamese);

        var result = await bot.SendAsync(bot.Message(text));

        Assert.DoesNotContain(result.Replies, r => r.SuggestedActions?.Actions.Any(a => a.Title == Call(bot, Language.Vietnamese)) == true);
        Assert.Empty(bot.Ledger.Talks);
    }

    private static string Title(TestBot bot, Language language, string choice) => bot.Content.ChoiceTitle(language, choice);

    private static string Call(TestBot bot, Language language) => Title(bot, language, SafetyText.CallChoice);

    private static string[] CrisisTitles(TestBot bot, Language language) =>
        [Call(bot, language), Title(bot, language, SafetyText.TellMoreChoice), Title(bot, language, SafetyText.LaterChoice)];

    private static Scenario FirstScenario(TestBot bot, Language language)
    {
        // The bot's Random is seeded (TestBot) and the pledge flow is the first to draw from it.
        var ids = bot.Content.Scenarios(language).Select(s => s.Id).ToArray();
        new Random(12345).Shuffle(ids);
        return bot.Content.Scenarios(language).Single(s => s.Id == ids[0]);
    }
}
