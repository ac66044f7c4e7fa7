using System.Text.Json;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Flows.Quiz;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Tests.Flows.Quiz;
using PledgeBot.Tests.Transcripts;

namespace PledgeBot.Tests.Referrals;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class ReferralCaptureTests
{
    [Fact]
    public async Task Records_a_Telegram_start_code_and_greets_without_saying_it_did_not_understand()
    {
        var bot = BotWithCodes("KOL_AN");
        var transcript = bot.Transcript();

        await transcript
            .UserSends(b => b.Message("/start KOL_AN") with { ChannelId = "telegram" })
            .Bot(Text.Welcome.Greeting)
            .Bot(Text.Menu.Prompt, transcript.MenuTitles())
            .RunAsync();

        var reach = Assert.Single(bot.Referrals.Reach);
        Assert.Equal(("KOL_AN", "telegram"), (reach.Key.Code, reach.Value));
        Assert.Equal("KOL_AN", Assert.Single(bot.Referrals.FirstTouch).Value);
    }

    [Theory]
    [InlineData("#KOL_AN")]
    [InlineData("#kol_an")]
    [InlineData("mã KOL_AN")]
    public async Task Records_a_poster_code_sent_to_the_Zalo_OA_and_greets(string text)
    {
        var bot = BotWithCodes("KOL_AN");
        var transcript = bot.Transcript();

        await transcript
            .UserSends(b => b.Message(text) with { ChannelId = "zalo" })
            .Bot(Text.Welcome.Greeting)
            .Bot(Text.Menu.Prompt, transcript.MenuTitles())
            .RunAsync();

        var reach = Assert.Single(bot.Referrals.Reach);
        Assert.Equal(("KOL_AN", "zalo"), (reach.Key.Code.ToUpperInvariant(), reach.Value));
    }

    [Theory]
    [InlineData("#NOPE_1")]
    [InlineData("# KOL_AN")]
    [InlineData("#ab")]
    public async Task Leaves_hashtags_that_are_not_an_active_code_to_the_dialogs(string text)
    {
        var bot = BotWithCodes("KOL_AN");

        await bot.SendAsync(bot.Message(text) with { ChannelId = "zalo" });

        Assert.Empty(bot.Referrals.Reach);
    }

    [Fact]
    public async Task Greets_after_a_bare_start_and_records_no_referral()
    {
        var bot = BotWithCodes("KOL_AN");
        var transcript = bot.Transcript();

        await transcript
            .UserSends(b => b.Message("/start") with { ChannelId = "telegram" })
            .Bot(Text.Welcome.Greeting)
            .Bot(Text.Menu.Prompt)
            .RunAsync();

        Assert.Empty(bot.Referrals.Reach);
        Assert.Empty(bot.Referrals.Unknown);
    }

    [Theory]
    [InlineData("""{"postback":{"payload":"GET_STARTED","title":"Get Started","referral":{"ref":"koc_binh","source":"SHORTLINK","type":"OPEN_THREAD"}}}""", ActivityTypes.Message)]
    [InlineData("""{"referral":{"ref":"KOC_BINH","source":"SHORTLINK","type":"OPEN_THREAD"}}""", ActivityTypes.Event)]
    [InlineData("""{"referral":{"ref":"KOC_BINH","source":"SHORTLINK","type":"OPEN_THREAD"}}""", ActivityTypes.Message)]
    public async Task Records_a_Messenger_referral_from_either_channel_data_shape_on_any_activity_type(string channelData, string type)
    {
        var bot = BotWithCodes("KOC_BINH");
        var activity = bot.Message(type == ActivityTypes.Message ? "GET_STARTED" : string.Empty) with
        {
            Type = type,
            ChannelId = "facebook",
            ChannelData = JsonDocument.Parse(channelData).RootElement,
        };

        await bot.SendAsync(activity);

        Assert.Equal("KOC_BINH", Assert.Single(bot.Referrals.Reach).Key.Code);
    }

    [Fact]
    public async Task Ignores_the_empty_ref_of_a_Messenger_ad()
    {
        var bot = BotWithCodes("KOC_BINH");
        var activity = bot.Message("hi") with
        {
            ChannelId = "facebook",
            ChannelData = JsonDocument.Parse("""{"referral":{"ref":"","source":"ADS","ad_id":"1"}}""").RootElement,
        };

        await bot.SendAsync(activity);

        Assert.Empty(bot.Referrals.Reach);
        Assert.Empty(bot.Referrals.Unknown);
    }

    [Fact]
    public async Task Records_the_web_pages_join_event_and_takes_its_language()
    {
        var bot = BotWithCodes("SCHOOL_C");
        var transcript = bot.Transcript();

        await transcript
            .UserSends(b => b.Event("webchat/join", JsonDocument.Parse("""{"ref":"school_c","locale":"en-US"}""").RootElement))
            .Silent()
            .Speaking(Language.English)
            .User("hello")
            .Bot(Text.Welcome.Greeting)
            .Bot(Text.Menu.Prompt)
            .RunAsync();

        Assert.Equal("SCHOOL_C", Assert.Single(bot.Referrals.Reach).Key.Code);
    }

    [Fact]
    public async Task Records_a_typed_code_mid_quiz_and_asks_the_same_question_again_then_carries_on()
    {
        var game = new QuizGame(Language.Vietnamese);
        game.Bot.Referrals.ActiveCodes["BOOTH_7"] = true;
        var round = game.NextRound();

        await game.Start(round)
            .User("mã booth_7").Asks(round, 1)
            .AnswersRight(round, 1, round.RightLetter(1))
            .RunAsync();

        Assert.Equal("BOOTH_7", Assert.Single(game.Bot.Referrals.Reach).Key.Code);
    }

    [Fact]
    public async Task Answers_words_that_look_like_ma_and_a_code_as_a_message_when_no_such_code_exists()
    {
        var bot = BotWithCodes("KOL_AN");
        var transcript = bot.Transcript();

        await transcript
            .UserJoins().Bot(Text.Welcome.Greeting).Bot(Text.Menu.Prompt)
            .User("ma tuy")
            .Bot(Text.Welcome.NotUnderstood)
            .RunAsync();

        Assert.Empty(bot.Referrals.Reach);
        Assert.Empty(bot.Referrals.Unknown);
    }

    [Fact]
    public async Task Keeps_the_first_code_for_the_conversation_and_counts_a_finished_quiz_for_it()
    {
        var game = new QuizGame(Language.Vietnamese);
        game.Bot.Referrals.ActiveCodes["KOL_AN"] = true;
        game.Bot.Referrals.ActiveCodes["KOC_BINH"] = true;
        var round = game.NextRound();

        await game.Start(round)
            .User("ma KOL_AN").Asks(round, 1)
            .User("Mã: KOC_BINH").Asks(round, 1)
            .AnswersAllRight(round)
            .Scores(game, 5, QuizText.BadgeGold)
            .RunAsync();

        Assert.Equal(2, game.Bot.Referrals.Reach.Count);
        Assert.Equal("KOL_AN", Assert.Single(game.Bot.Ledger.Quizzes).ReferralCode);
    }

    [Fact]
    public async Task Counts_an_unknown_start_code_as_unknown_and_still_greets()
    {
        var bot = BotWithCodes();
        var transcript = bot.Transcript();

        await transcript
            .UserSends(b => b.Message("/start NOPE_1") with { ChannelId = "telegram" })
            .Bot(Text.Welcome.Greeting)
            .Bot(Text.Menu.Prompt)
            .RunAsync();

        Assert.Equal("NOPE_1", Assert.Single(bot.Referrals.Unknown));
        Assert.Empty(bot.Referrals.FirstTouch);
    }

    [Fact]
    public async Task Shows_the_menu_when_a_greeted_user_with_no_open_question_sends_only_a_code()
    {
        var bot = BotWithCodes("KOL_AN");
        var transcript = bot.Transcript();

        await transcript
            .UserJoins().Bot(Text.Welcome.Greeting).Bot(Text.Menu.Prompt)
            .User("/start KOL_AN")
            .Bot(Text.Menu.Prompt, transcript.MenuTitles())
            .RunAsync();

        Assert.Single(bot.Referrals.Reach);
    }

    private static TestBot BotWithCodes(params string[] codes)
    {
        var bot = TestBot.Create();
        foreach (var code in codes)
        {
            bot.Referrals.ActiveCodes[code] = true;
        }

        return bot;
    }
}
