using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Moq;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Dialogs.Engine.Turns;
using PledgeBot.Tests.Fakes;
using PledgeBot.Tests.Transcripts;

namespace PledgeBot.Tests.Engine.Turns;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class TurnMiddlewareTests
{
    [Fact]
    public async Task Tells_a_flooding_user_once_to_slow_down_and_drops_the_rest_without_touching_the_store()
    {
        var store = new InMemoryStateStore();
        var bot = TestBot.Create(Language.Vietnamese, services =>
        {
            services.Configure<FloodControlOptions>(options => (options.MessagesPerWindow, options.Window) = (3, TimeSpan.FromHours(1)));
            services.Replace(ServiceDescriptor.Singleton<IStateStore>(store));
        });

        await bot.Transcript()
            .User("chào").Bot(Text.Welcome.Greeting).Bot(Text.Menu.Prompt)
            .User("chào").Bot(Text.Welcome.NotUnderstood)
            .User("chào").Bot(Text.Welcome.NotUnderstood)
            .User("chào").Bot(Text.Turns.SlowDown)
            .User("chào").Silent()
            .User("chào").Silent()
            .RunAsync();

        Assert.Equal(3, store.Writes);
    }

    [Fact]
    public async Task Still_gives_the_help_text_to_a_flooding_user_who_asks_for_help()
    {
        var bot = TestBot.Create(Language.Vietnamese, services =>
            services.Configure<FloodControlOptions>(options => (options.MessagesPerWindow, options.Window) = (1, TimeSpan.FromHours(1))));

        await bot.Transcript()
            .User("chào").Bot(Text.Welcome.Greeting).Bot(Text.Menu.Prompt)
            .User("chào").Bot(Text.Turns.SlowDown)
            .User("cứu em").Bot(Text.Help.Offer).BotMentions("111")
            .User("cuu em").Bot(Text.Help.Offer)
            .RunAsync();
    }

    [Fact]
    public async Task Keeps_each_users_budget_separate()
    {
        var first = TestBot.Create(Language.Vietnamese, services =>
            services.Configure<FloodControlOptions>(options => (options.MessagesPerWindow, options.Window) = (1, TimeSpan.FromHours(1))));
        var pipeline = first.Services.GetRequiredService<TurnPipeline>();

        var one = await pipeline.RunAsync(first.Message("chào"), CancellationToken.None);
        var other = await pipeline.RunAsync(first.Message("chào") with { From = new() { Id = "user-2" }, Conversation = new() { Id = "conversation-2" } }, CancellationToken.None);

        Assert.Equal(first.Content.Get(Language.Vietnamese, Text.Welcome.Greeting), one.Replies[0].Text);
        Assert.Equal(first.Content.Get(Language.Vietnamese, Text.Welcome.Greeting), other.Replies[0].Text);
    }

    [Fact]
    public async Task Apologises_with_the_hotline_when_the_store_is_down()
    {
        var store = new Mock<IStateStore>();
        store.Setup(s => s.ReadAsync(It.IsAny<StateKey>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new IOException("connection refused"));
        var bot = TestBot.Create(Language.English, services => services.Replace(ServiceDescriptor.Singleton(store.Object)));

        await bot.Transcript()
            .User("hello").Bot(Text.Turns.Apology).BotMentions("111")
            .RunAsync();
    }

    [Fact]
    public async Task Gives_the_full_help_text_when_the_store_is_down_and_the_user_asks_for_help()
    {
        var store = new Mock<IStateStore>();
        store.Setup(s => s.ReadAsync(It.IsAny<StateKey>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new TimeoutException());
        var bot = TestBot.Create(Language.Vietnamese, services => services.Replace(ServiceDescriptor.Singleton(store.Object)));

        await bot.Transcript()
            .User("em so qua").Bot(Text.Help.Offer).BotMentions("113")
            .RunAsync();
    }

    [Fact]
    public async Task Re_runs_a_turn_whose_state_changed_underneath_and_speaks_only_once()
    {
        var inner = new InMemoryStateStore();
        var store = new Mock<IStateStore>();
        store.Setup(s => s.ReadAsync(It.IsAny<StateKey>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()))
            .Returns((StateKey key, string? id, CancellationToken token) => inner.ReadAsync(key, id, token));
        store.SetupSequence(s => s.TryWriteAsync(It.IsAny<StateKey>(), It.IsAny<string>(), It.IsAny<long>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(false)
            .ReturnsAsync(false)
            .ReturnsAsync(true);
        var bot = TestBot.Create(Language.Vietnamese, services => services.Replace(ServiceDescriptor.Singleton(store.Object)));

        await bot.Transcript()
            .User("chào").Bot(Text.Welcome.Greeting).Bot(Text.Menu.Prompt)
            .RunAsync();

        store.Verify(s => s.ReadAsync(It.IsAny<StateKey>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()), Times.Exactly(3));
    }

    [Fact]
    public async Task Counts_a_help_entry_once_when_the_turn_is_re_run_after_a_version_conflict()
    {
        var inner = new InMemoryStateStore();
        var store = new Mock<IStateStore>();
        store.Setup(s => s.ReadAsync(It.IsAny<StateKey>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()))
            .Returns((StateKey key, string? id, CancellationToken token) => inner.ReadAsync(key, id, token));
        store.SetupSequence(s => s.TryWriteAsync(It.IsAny<StateKey>(), It.IsAny<string>(), It.IsAny<long>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(false)
            .ReturnsAsync(true);
        var bot = TestBot.Create(Language.Vietnamese, services => services.Replace(ServiceDescriptor.Singleton(store.Object)));

        await bot.Transcript()
            .User("cứu em").Bot(Text.Help.Offer)
            .RunAsync();

        Assert.Single(bot.Ledger.Talks);
    }

    [Fact]
    public async Task Counts_nothing_when_the_turn_fails()
    {
        var store = new Mock<IStateStore>();
        store.Setup(s => s.ReadAsync(It.IsAny<StateKey>(), It.IsAny<string?>(), It.IsAny<CancellationToken>())).ReturnsAsync(StoredState.Empty);
        store.Setup(s => s.TryWriteAsync(It.IsAny<StateKey>(), It.IsAny<string>(), It.IsAny<long>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new TimeoutException());
        var bot = TestBot.Create(Language.Vietnamese, services => services.Replace(ServiceDescriptor.Singleton(store.Object)));

        await bot.Transcript()
            .User("cứu em").Bot(Text.Help.Offer)
            .RunAsync();

        Assert.Empty(bot.Ledger.Talks);
    }

    [Fact]
    public async Task Does_not_process_a_redelivered_activity_again()
    {
        var bot = TestBot.Create();
        var activity = bot.Message("chào");

        var first = await bot.SendAsync(activity);
        var again = await bot.SendAsync(activity);

        Assert.False(first.Duplicate);
        Assert.Equal(2, first.Replies.Count);
        Assert.True(again.Duplicate);
        Assert.Empty(again.Replies);
    }

    [Fact]
    public async Task Stores_state_under_a_hashed_key_and_never_the_raw_conversation_id()
    {
        var store = new Mock<IStateStore>();
        store.Setup(s => s.ReadAsync(It.IsAny<StateKey>(), It.IsAny<string?>(), It.IsAny<CancellationToken>())).ReturnsAsync(StoredState.Empty);
        store.Setup(s => s.TryWriteAsync(It.IsAny<StateKey>(), It.IsAny<string>(), 0, It.IsAny<string?>(), It.IsAny<CancellationToken>())).ReturnsAsync(true);
        var bot = TestBot.Create(Language.Vietnamese, services => services.Replace(ServiceDescriptor.Singleton(store.Object)));

        await bot.SendAsync(bot.Message("chào"));

        store.Verify(s => s.TryWriteAsync(
            It.Is<StateKey>(k => !k.Value.Contains(bot.ConversationId, StringComparison.Ordinal)),
            It.Is<string>(json => !json.Contains(bot.UserId, StringComparison.Ordinal) && !json.Contains("chào", StringComparison.Ordinal)),
            0,
            It.IsAny<string?>(),
            It.IsAny<CancellationToken>()), Times.Once);
    }
}
