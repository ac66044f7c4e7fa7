using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Flows.Classes;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Dialogs.Engine.Turns;
using PledgeBot.Tests.Transcripts;

namespace PledgeBot.Tests.Classes;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class ClassTranscriptTests
{
    private const string Code = "ABC234";
    private const string Hotel = "police-hotel"; // options: A go, B hang up and tell family (right), C go and hide it

    [Theory]
    [InlineData("LOP ABC234")]
    [InlineData("lop abc234")]
    [InlineData("lớp ABC234")]
    [InlineData("LỚP: abc234")]
    [InlineData("class ABC234")]
    [InlineData("#LOP ABC234")]
    [InlineData("/start class-ABC234")]
    public async Task Seats_a_student_with_a_generated_nickname_whichever_way_the_code_is_typed(string text)
    {
        var (bot, _) = Create(Language.Vietnamese);

        await bot.Transcript()
            .User(text).Bot(ClassText.Joined, Joined(Language.Vietnamese))
            .RunAsync();
    }

    [Fact]
    public async Task Seats_a_student_from_a_messenger_ref_and_from_the_web_pages_join_event()
    {
        var (messenger, _) = Create(Language.Vietnamese);
        var (web, _) = Create(Language.English);
        var referral = JsonSerializer.SerializeToElement(new { referral = new { @ref = "class-ABC234", source = "SHORTLINK" } });
        var join = JsonSerializer.SerializeToElement(new { @ref = "", locale = "vi-VN", @class = "abc234" });

        await messenger.Transcript()
            .UserSends(b => b.Message("Get Started") with { ChannelData = referral }).Bot(ClassText.Joined, Joined(Language.Vietnamese))
            .RunAsync();
        await web.Transcript()
            .UserSends(b => b.Event("webchat/join", join)).Bot(ClassText.Joined, Joined(Language.English))
            .RunAsync();
    }

    [Theory]
    [InlineData(Language.Vietnamese, "LOP ZZZ999", "ZZZ999")]
    [InlineData(Language.English, "class abc1o0", "ABC1O0")]
    public async Task Answers_an_unknown_code_clearly_and_seats_nobody(Language language, string text, string shown)
    {
        var (bot, room) = Create(language);

        await bot.Transcript()
            .User(text).Bot(ClassText.Unknown, [("code", shown)], bot.Transcript().MenuTitles())
            .RunAsync();

        Assert.Empty(room[Code].Seats);
    }

    [Fact]
    public async Task Tells_a_student_the_class_has_ended()
    {
        var (bot, room) = Create(Language.Vietnamese);
        room.End(Code);

        await bot.Transcript()
            .User("LOP ABC234").Bot(ClassText.Ended, [("code", Code)], bot.Transcript().MenuTitles())
            .RunAsync();
    }

    [Theory]
    [InlineData(Language.Vietnamese)]
    [InlineData(Language.English)]
    public async Task Gives_a_late_joiner_the_open_question_with_its_buttons(Language language)
    {
        var (bot, room) = Create(language);
        room.Ask(Code, 1, TimeSpan.FromSeconds(30));

        await bot.Transcript()
            .User(language == Language.English ? "class ABC234" : "LOP ABC234").Bot(ClassText.Joined, Joined(language))
            .Bot(ClassText.Question, QuestionArguments(bot, language, 1, 30), Options(bot, language, Hotel))
            .RunAsync();
    }

    [Theory]
    [InlineData(Language.Vietnamese)]
    [InlineData(Language.English)]
    public async Task Counts_a_tapped_answer_once_and_a_typed_letter_for_the_next_question(Language language)
    {
        var (bot, room) = Create(language);
        var options = Options(bot, language);

        await bot.Transcript()
            .User("LOP ABC234").Bot(ClassText.Joined, Joined(language))
            .Silent()
            .RunAsync();
        room.Ask(Code, 0, TimeSpan.FromSeconds(30));
        await bot.Transcript()
            .User(options[1]).Bot(ClassText.Received, [("letter", "B")])
            .User("c").Bot(ClassText.AlreadyAnswered)
            .RunAsync();
        room.Reveal(Code);
        room.Ask(Code, 1, TimeSpan.FromSeconds(30));
        await bot.Transcript()
            .User("a").Bot(ClassText.Received, [("letter", "A")])
            .RunAsync();

        Assert.Equal(1, room[Code].Answers[(0, Student(bot))]);
        Assert.Equal(0, room[Code].Answers[(1, Student(bot))]);
    }

    [Theory]
    [InlineData(Language.Vietnamese)]
    [InlineData(Language.English)]
    public async Task Says_time_is_up_for_an_answer_after_the_countdown(Language language)
    {
        var (bot, room) = Create(language);
        await bot.Transcript().User("LOP ABC234").Bot(ClassText.Joined, Joined(language)).RunAsync();
        room.Ask(Code, 0, TimeSpan.FromSeconds(30));

        ((FakeTimeProvider)bot.Services.GetRequiredService<TimeProvider>()).Advance(TimeSpan.FromSeconds(31));

        await bot.Transcript()
            .User("B").Bot(ClassText.TimeUp).BotMentions(language == Language.English ? "Time's up" : "Hết giờ rồi")
            .RunAsync();
        Assert.Empty(room[Code].Answers);
    }

    [Theory]
    [InlineData(Language.Vietnamese, "thoát lớp")]
    [InlineData(Language.Vietnamese, "thoat lop")]
    [InlineData(Language.English, "leave class")]
    public async Task Leaves_the_class_and_the_bot_answers_as_usual_afterwards(Language language, string leave)
    {
        var (bot, room) = Create(language);
        await bot.Transcript().User("LOP ABC234").Bot(ClassText.Joined, Joined(language)).RunAsync();
        room.Ask(Code, 0, TimeSpan.FromSeconds(30));

        await bot.Transcript()
            .User(leave).Bot(ClassText.Left, bot.Transcript().MenuTitles())
            .User(leave).Bot(ClassText.NotInClass, bot.Transcript().MenuTitles())
            .RunAsync();

        Assert.Empty(room[Code].References);
        Assert.Single(room[Code].Seats);
    }

    [Fact]
    public async Task Pauses_the_pledge_when_a_student_joins_mid_flow_and_offers_it_back_from_the_menu()
    {
        var (bot, _) = Create(Language.Vietnamese);
        await bot.SendAsync(bot.Message("hi"));
        var pledge = await bot.SendAsync(bot.Message("cam kết"));

        var joined = await bot.SendAsync(bot.Message("LOP ABC234"));
        var menu = await bot.SendAsync(bot.Message("menu"));

        Assert.Equal("pledge", pledge.Flow);
        Assert.Null(joined.Flow);
        Assert.Equal(bot.Content.Get(Language.Vietnamese, ClassText.Joined, Joined(Language.Vietnamese)), joined.Replies.Single().Text);
        Assert.Equal(bot.Content.ChoiceTitle(Language.Vietnamese, "resume.pledge"), menu.Replies[^1].SuggestedActions!.Actions[0].Title);
    }

    [Fact]
    public async Task Asks_again_when_a_student_writes_something_else_while_they_owe_an_answer()
    {
        var (bot, room) = Create(Language.Vietnamese);
        await bot.Transcript().User("LOP ABC234").Bot(ClassText.Joined, Joined(Language.Vietnamese)).RunAsync();
        room.Ask(Code, 0, TimeSpan.FromSeconds(20));

        await bot.Transcript()
            .User("con mèo")
            .Bot(ClassText.PickOption)
            .Bot(ClassText.Question, QuestionArguments(bot, Language.Vietnamese, 0, 20), Options(bot, Language.Vietnamese))
            .RunAsync();
    }

    [Fact]
    public async Task Helps_a_student_in_danger_privately_and_counts_nothing_for_the_class()
    {
        var (bot, room) = Create(Language.Vietnamese);
        await bot.Transcript().User("LOP ABC234").Bot(ClassText.Joined, Joined(Language.Vietnamese)).RunAsync();
        room.Ask(Code, 0, TimeSpan.FromSeconds(30));

        await bot.Transcript()
            .User("có người bắt em gửi ảnh nóng, không gửi thì họ tung clip").BotHelps()
            .RunAsync();

        Assert.Empty(room[Code].Answers);
        Assert.Single(room[Code].References);
    }

    [Fact]
    public async Task Keeps_no_display_name_in_the_reference_it_gives_the_class()
    {
        var (bot, room) = Create(Language.Vietnamese);

        await bot.SendAsync(bot.Message("LOP ABC234"));

        var reference = room[Code].References.Values.Single();
        Assert.Null(reference.User!.Name);
        Assert.Equal(bot.UserId, reference.User.Id);
        Assert.Equal(bot.ConversationId, reference.Conversation!.Id);
    }

    private static (TestBot Bot, InMemoryClassRoom Room) Create(Language language)
    {
        var bot = TestBot.Create(language, services =>
        {
            services.AddSingleton<InMemoryClassRoom>();
            services.AddSingleton<IClassRoom>(provider => provider.GetRequiredService<InMemoryClassRoom>());
        });
        var room = bot.Services.GetRequiredService<InMemoryClassRoom>();
        room.Animal = language == Language.English ? "Dolphin" : "Cá heo";
        room.Open(Code, "7A – THCS Nguyễn Du", language, "police-video-call", Hotel, "otp-code");
        return (bot, room);
    }

    private static (string, string)[] Joined(Language language) =>
        [("name", "7A – THCS Nguyễn Du"), ("nickname", language == Language.English ? "Dolphin 1" : "Cá heo 1"), ("score", "0")];

    private static (string, string)[] QuestionArguments(TestBot bot, Language language, int index, int seconds)
    {
        var question = bot.Content.Quiz(language).Single(q => q.Id == (index == 0 ? "police-video-call" : Hotel));
        return [("number", (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)), ("total", "3"), ("question", question.Question),
            ("options", string.Join('\n', question.Options.Select((o, i) => $"{(char)('A' + i)}. {o.Text}"))), ("seconds", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture))];
    }

    private static string[] Options(TestBot bot, Language language, string id = "police-video-call") =>
        [.. bot.Content.Quiz(language).Single(q => q.Id == id).Options.Select(o => o.Text)];

    private static string Student(TestBot bot) =>
        bot.Services.GetRequiredService<IPseudonymizer>().HashUser(Channels.Test, bot.UserId).Value;
}
