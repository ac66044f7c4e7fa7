using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Moq;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Flows.TalkToSomeone;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Dialogs.Safety;
using PledgeBot.Tests.Transcripts;

namespace PledgeBot.Tests.Flows.TalkToSomeone;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class TalkToSomeoneTranscriptTests
{
    [Theory]
    [InlineData(Language.Vietnamese, "3", TalkEntry.Menu, false)]
    [InlineData(Language.Vietnamese, "cần người lắng nghe", TalkEntry.Words, false)]
    [InlineData(Language.English, "Talk to someone", TalkEntry.Words, false)]
    [InlineData(Language.English, "i need help", TalkEntry.Words, true)]
    public async Task Gives_111_and_113_and_counts_the_entry_without_the_words(Language language, string typed, TalkEntry entry, bool plea)
    {
        var bot = TestBot.Create(language);
        var transcript = bot.Transcript();

        await transcript
            .UserJoins().Bot(Text.Welcome.Greeting).Bot(Text.Menu.Prompt)
            .User(typed).Bot(Text.Help.Offer, plea ? Safety(bot, language) : transcript.MenuTitles()).BotMentions("111").BotMentions("113")
            .RunAsync();

        var talk = Assert.Single(bot.Ledger.Talks);
        Assert.Equal(entry, talk.Entry);
        Assert.Equal(Channels.Test, talk.Channel);
    }

    [Fact]
    public async Task Still_gives_the_help_text_when_counting_fails()
    {
        var ledger = new Mock<ICampaignLedger>();
        ledger.Setup(l => l.RecordTalkAsync(It.IsAny<TalkRecord>(), It.IsAny<CancellationToken>())).ThrowsAsync(new TimeoutException());
        var bot = TestBot.Create(Language.Vietnamese, services => services.Replace(ServiceDescriptor.Singleton(ledger.Object)));

        await bot.Transcript()
            .UserJoins().Bot(Text.Welcome.Greeting).Bot(Text.Menu.Prompt)
            .User("cứu em").Bot(Text.Help.Offer)
            .RunAsync();
    }

    [Fact]
    public async Task Offers_a_counsellor_and_sends_handoff_initiate_when_handoff_is_enabled()
    {
        var bot = HandoffBot();
        var transcript = bot.Transcript();

        await transcript
            .UserJoins().Bot(Text.Welcome.Greeting).Bot(Text.Menu.Prompt)
            .User("cứu em").Bot(Text.Help.Offer, "📞 Gọi 111", "🧑 Gặp tư vấn viên", "Mình muốn kể thêm", "Để sau")
            .User("🧑 Gặp tư vấn viên")
            .BotEvent(Handoff.InitiateName, handoff =>
            {
                Assert.Equal(bot.UserId, handoff.From!.Id);
                Assert.Equal(bot.ConversationId, handoff.Conversation!.Id);
                Assert.Equal(bot.ConversationId, handoff.RelatesTo!.Conversation!.Id);
                Assert.Equal("counsellor", handoff.Value!.Value.GetProperty("skill").GetString());
                Assert.Equal("user_request", handoff.Value!.Value.GetProperty("reason").GetString());
                Assert.Null(handoff.Attachments);
            })
            .Bot(TalkText.Connecting).BotMentions("111")
            .User("alo alo").Silent()
            .User("1").Silent()
            .User("quay lai bot").Bot(TalkText.Back, transcript.MenuTitles())
            .User("1").Bot(PledgeBot.Dialogs.Flows.Pledge.PledgeText.Intro).BotContaining("1/3")
            .RunAsync();
    }

    [Theory]
    [InlineData("failed")]
    [InlineData("completed")]
    public async Task Comes_back_when_the_agent_hub_reports_the_handoff_ended_or_failed(string status)
    {
        var bot = HandoffBot();
        var value = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["state"] = status });

        await bot.Transcript()
            .UserJoins().Bot(Text.Welcome.Greeting).Bot(Text.Menu.Prompt)
            .User("cứu em").Bot(Text.Help.Offer)
            .User("gặp tư vấn viên").BotEvent(Handoff.InitiateName).Bot(TalkText.Connecting)
            .UserSends(b => b.Event(Handoff.StatusName, value))
            .Bot(status == "failed" ? TalkText.Failed : TalkText.Ended).BotMentions("111")
            .RunAsync();
    }

    [Fact]
    public async Task Offers_no_counsellor_when_handoff_is_off()
    {
        var bot = TestBot.Create(Language.Vietnamese);
        var transcript = bot.Transcript();

        await transcript
            .UserJoins().Bot(Text.Welcome.Greeting).Bot(Text.Menu.Prompt)
            .User("cứu em").Bot(Text.Help.Offer, Safety(bot, Language.Vietnamese))
            .User("gặp tư vấn viên").Bot(Text.Welcome.NotUnderstood)
            .RunAsync();
    }

    private static string[] Safety(TestBot bot, Language language) =>
    [
        bot.Content.ChoiceTitle(language, SafetyText.CallChoice),
        bot.Content.ChoiceTitle(language, SafetyText.TellMoreChoice),
        bot.Content.ChoiceTitle(language, SafetyText.LaterChoice),
    ];

    private static TestBot HandoffBot() =>
        TestBot.Create(Language.Vietnamese, services => services.Configure<HandoffOptions>(options => options.Enabled = true));
}
