using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Flows.TalkToSomeone;
using PledgeBot.Dialogs.Flows.TalkToSomeone.Counsel;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Dialogs.Safety;
using PledgeBot.Dialogs.Engine.Turns;
using PledgeBot.Tests.Fakes;
using PledgeBot.Tests.Transcripts;

namespace PledgeBot.Tests.Flows.TalkToSomeone.Counsel;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class CounselConsoleTranscriptTests
{
    // 10:00 in Viet Nam on a Monday (03:00 UTC), inside the default 08:00–22:00; 23:30 is outside.
    private static readonly DateTimeOffset s_inHours = new(2026, 11, 23, 3, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset s_outOfHours = new(2026, 11, 23, 16, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task Offers_a_counsellor_in_hours_and_answers_the_choice_with_the_place_in_the_queue_and_111()
    {
        var (bot, queue) = ConsoleBot(Language.Vietnamese, s_inHours);
        var transcript = bot.Transcript();

        await transcript
            .UserJoins().Bot(Text.Welcome.Greeting).Bot(Text.Menu.Prompt)
            .User("3").Bot(Text.Help.Offer, "💬 Nhắn với tư vấn viên").BotMentions("111")
            .User("💬 Nhắn với tư vấn viên").Bot(CounselText.Queued, [("position", "1")], "📞 Gọi 111", "↩️ Quay lại bot").BotMentions("111")
            .RunAsync();

        var request = Assert.Single(queue.Requests);
        Assert.Equal(Language.Vietnamese, request.Language);
        Assert.Equal(RiskLevel.None, request.Risk);
        Assert.Equal(bot.UserId, request.Reference.User!.Id);
        Assert.Null(request.Reference.User.Name);
        Assert.Equal(bot.ConversationId, request.Reference.Conversation!.Id);
    }

    [Fact]
    public async Task Puts_someone_who_asked_for_help_ahead_of_a_calmer_wait_and_offers_the_counsellor_under_the_safety_reply()
    {
        var (bot, queue) = ConsoleBot(Language.English, s_inHours);
        queue.AddOther(RiskLevel.None, s_inHours.AddMinutes(-3));

        await bot.Transcript()
            .UserJoins().Bot(Text.Welcome.Greeting).Bot(Text.Menu.Prompt)
            .User("help me").Bot(Text.Help.Offer, "📞 Call 111", "💬 Chat with a counsellor", "I want to say more", "Later")
            .User("chat with a counsellor").Bot(CounselText.Queued, [("position", "1")], "📞 Call 111", "↩️ Back to bot")
            .RunAsync();

        Assert.Equal(RiskLevel.High, Assert.Single(queue.Requests).Risk);
    }

    [Fact]
    public async Task Gives_the_hours_and_111_at_once_out_of_hours_and_counts_the_fallback()
    {
        var (bot, queue) = ConsoleBot(Language.Vietnamese, s_outOfHours);

        await bot.Transcript()
            .UserJoins().Bot(Text.Welcome.Greeting).Bot(Text.Menu.Prompt)
            .User("3").Bot(Text.Help.Offer).BotMentions("111")
            .Bot(CounselText.Closed, [("hours", "08:00–22:00"), ("days", "mỗi ngày")]).BotMentions("111")
            .User("nhắn với tư vấn viên").Bot(CounselText.Closed, [("hours", "08:00–22:00"), ("days", "mỗi ngày")])
            .RunAsync();

        Assert.Empty(queue.Requests);
        Assert.Equal(2, queue.Fallbacks.Count);
        Assert.All(queue.Fallbacks, fallback => Assert.Equal(CounselFallback.OutOfHours, fallback.Reason));
    }

    [Fact]
    public async Task Names_the_opening_days_when_counsellors_are_not_on_every_day()
    {
        var (bot, _) = ConsoleBot(Language.English, s_outOfHours, hours: "09:00-17:00", days: "Mon-Fri,Sun");

        await bot.Transcript()
            .UserJoins().Bot(Text.Welcome.Greeting).Bot(Text.Menu.Prompt)
            .User("chat with a counsellor").Bot(CounselText.Closed, [("hours", "09:00–17:00"), ("days", "Mon–Fri, Sun")])
            .RunAsync();
    }

    [Fact]
    public async Task Passes_what_the_young_person_writes_while_waiting_to_the_counsellor_and_repeats_the_place()
    {
        var (bot, queue) = ConsoleBot(Language.Vietnamese, s_inHours);

        await Queued(bot)
            .User("alo").Bot(CounselText.StillWaiting, [("position", "1")], "📞 Gọi 111", "↩️ Quay lại bot")
            .RunAsync();

        var (_, message) = Assert.Single(queue.Relayed);
        Assert.Equal("alo", message.Text);
    }

    [Theory]
    [InlineData("em đang đợi ạ")]
    [InlineData("chị ơi em đợi nãy giờ")]
    [InlineData("em buồn quá")]
    public async Task Does_not_check_in_on_a_worried_line_while_waiting_for_the_person_already_asked_for(string text)
    {
        var (bot, queue) = ConsoleBot(Language.Vietnamese, s_inHours);

        await Queued(bot)
            .User(text).Bot(CounselText.StillWaiting, [("position", "1")], "📞 Gọi 111", "↩️ Quay lại bot")
            .RunAsync();

        var (_, message) = Assert.Single(queue.Relayed);
        Assert.Equal(text, message.Text);
    }

    [Fact]
    public async Task Answers_a_high_risk_message_while_waiting_with_the_crisis_reply_at_once_and_moves_it_to_the_top()
    {
        var (bot, queue) = ConsoleBot(Language.Vietnamese, s_inHours);
        queue.AddOther(RiskLevel.Concern, s_inHours.AddMinutes(-10));
        queue.AddOther(RiskLevel.None, s_inHours.AddMinutes(-20));

        await bot.Transcript()
            .UserJoins().Bot(Text.Welcome.Greeting).Bot(Text.Menu.Prompt)
            .User("3").Bot(Text.Help.Offer)
            .User("💬 Nhắn với tư vấn viên").Bot(CounselText.Queued, [("position", "3")])
            .User("tao muốn chết, tao để dành thuốc rồi").BotHelps()
            .BotMentions(bot.Content.Get(Language.Vietnamese, CounselText.MovedUp, ("position", "1")))
            .RunAsync();

        var (_, message) = Assert.Single(queue.Relayed);
        Assert.Equal(RiskLevel.High, message.Risk);
        Assert.Equal(1, (await queue.FindAsync(queue.Requests[0].Conversation, CancellationToken.None)).Position);
    }

    [Fact]
    public async Task Keeps_waiting_or_goes_back_to_the_bot_after_the_wait_ran_out()
    {
        var (bot, queue) = ConsoleBot(Language.Vietnamese, s_inHours);
        var transcript = Queued(bot);

        await transcript
            .User("⏳ Chờ tiếp").Bot(CounselText.Kept, [("position", "1")], "📞 Gọi 111", "↩️ Quay lại bot")
            .User("↩️ Quay lại bot").Bot(TalkText.Back, transcript.MenuTitles())
            .User("1").Bot(PledgeBot.Dialogs.Flows.Pledge.PledgeText.Intro).BotContaining("1/3")
            .RunAsync();

        Assert.Equal(0, queue.Count);
        Assert.Empty(queue.Relayed);
    }

    [Fact]
    public async Task Stays_silent_while_a_counsellor_is_connected_yet_still_reads_the_risk_and_comes_back_on_back_to_bot()
    {
        var (bot, queue) = ConsoleBot(Language.Vietnamese, s_inHours);
        var transcript = Queued(bot);
        await transcript.RunAsync();
        queue.Claim(queue.Requests[0].Conversation);

        await bot.Transcript()
            .User("menu").Silent()
            .User("1").Silent()
            .User("tao muốn chết, tao để dành thuốc rồi").Silent()
            .User("quay lai bot").Bot(TalkText.Back, transcript.MenuTitles())
            .RunAsync();

        Assert.Equal(["menu", "1", "tao muốn chết, tao để dành thuốc rồi"], queue.Relayed.Select(relayed => relayed.Message.Text));
        Assert.Equal(RiskLevel.High, queue.Relayed[^1].Message.Risk);
        Assert.Equal(0, queue.Count);
    }

    [Fact]
    public async Task Resumes_as_the_bot_once_the_counsellor_ended_the_chat()
    {
        var (bot, queue) = ConsoleBot(Language.Vietnamese, s_inHours);
        await Queued(bot).RunAsync();
        queue.Claim(queue.Requests[0].Conversation);
        queue.End(queue.Requests[0].Conversation);

        await bot.Transcript()
            .User("1").Bot(PledgeBot.Dialogs.Flows.Pledge.PledgeText.Intro).BotContaining("1/3")
            .RunAsync();

        Assert.Empty(queue.Relayed);
    }

    [Fact]
    public async Task Leaves_the_queue_when_the_young_person_deletes_their_data()
    {
        var (bot, queue) = ConsoleBot(Language.Vietnamese, s_inHours);

        await Queued(bot)
            .User("xóa dữ liệu của tôi").Bot(PledgeBot.Dialogs.Flows.Privacy.PrivacyText.Confirm)
            .User("có").BotContaining(string.Empty)
            .RunAsync();

        Assert.Equal(0, queue.Count);
    }

    [Fact]
    public async Task Keeps_the_agent_hub_event_when_the_mode_is_event()
    {
        var bot = TestBot.Create(Language.Vietnamese, services => services.Configure<HandoffOptions>(options => options.Mode = HandoffMode.Event));

        await bot.Transcript()
            .UserJoins().Bot(Text.Welcome.Greeting).Bot(Text.Menu.Prompt)
            .User("3").Bot(Text.Help.Offer, "🧑 Gặp tư vấn viên")
            .User("🧑 Gặp tư vấn viên").BotEvent(Handoff.InitiateName).Bot(TalkText.Connecting)
            .RunAsync();
    }

    [Fact]
    public async Task Offers_no_counsellor_when_the_mode_is_none_even_with_handoff_enabled()
    {
        var bot = TestBot.Create(Language.Vietnamese, services => services.Configure<HandoffOptions>(options =>
        {
            options.Enabled = true;
            options.Mode = HandoffMode.None;
        }));

        await bot.Transcript()
            .UserJoins().Bot(Text.Welcome.Greeting).Bot(Text.Menu.Prompt)
            .User("3").Bot(Text.Help.Offer, bot.Transcript().MenuTitles())
            .RunAsync();
    }

    private static Transcript Queued(TestBot bot) => bot.Transcript()
        .UserJoins().Bot(Text.Welcome.Greeting).Bot(Text.Menu.Prompt)
        .User("3").Bot(Text.Help.Offer)
        .User("💬 Nhắn với tư vấn viên").Bot(CounselText.Queued, [("position", "1")]);

    private static (TestBot Bot, InMemoryCounselQueue Queue) ConsoleBot(Language language, DateTimeOffset now, string? hours = null, string? days = null)
    {
        var queue = new InMemoryCounselQueue();
        var bot = TestBot.Create(language, services =>
        {
            services.Configure<HandoffOptions>(options => options.Mode = HandoffMode.Console);
            services.Configure<CounselOptions>(options =>
            {
                options.Hours = hours ?? options.Hours;
                options.Days = days ?? options.Days;
            });
            services.AddSingleton<ICounselQueue>(queue);
            services.AddSingleton<TimeProvider>(new FakeTimeProvider(now));
        });
        return (bot, queue);
    }
}
