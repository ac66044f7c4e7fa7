using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PledgeBot.Conversations;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Engine.Turns;
using PledgeBot.Conversations.NativeChannels;
using PledgeBot.Store;
using PledgeBot.Tests.Fakes;
using PledgeBot.Tests.Observability;
using PledgeBot.Tests.Safety;
using PledgeBot.Tests.Transcripts;

namespace PledgeBot.Tests.Conversations.NativeChannels.Core;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class ChannelTurnsTests : IDisposable
{
    private readonly TestBot _bot = TestBot.Create();
    private readonly ServiceProvider _metrics = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly ConversationQueue _queue;
    private readonly ChannelTurns _turns;

    public ChannelTurnsTests()
    {
        var options = Options.Create(new ChannelsOptions { Capacity = 2 });
        _queue = new ConversationQueue(options, NullLogger<ConversationQueue>.Instance);
        _turns = new ChannelTurns(
            new TurnRunner(_bot.Services.GetRequiredService<TurnPipeline>(), TimeProvider.System, NullLogger<TurnRunner>.Instance),
            _queue,
            new RecentDeliveries(options, TimeProvider.System),
            new OverflowMemory(new InMemoryExpiringValues(), new RedisKeys("test:"), new FakePseudonymizer(), options),
            new ChannelMetrics(_metrics.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>()),
            TimeProvider.System,
            SafetyTestContent.Source,
            NullLogger<ChannelTurns>.Instance,
            NullLogger<ChannelDelivery>.Instance);
    }

    [Fact]
    public async Task AMessageRunsATurnAndItsRepliesGoToTheAdapterInOrder()
    {
        var adapter = new RecordingAdapter(suggestedActionLimit: 10);
        var expected = await TestBot.Create().SendAsync(_bot.Message("xin chào"));

        Assert.Equal(ChannelAcceptance.Queued, _turns.Accept(adapter, _bot.Message("xin chào")));
        await WaitIdleAsync();

        Assert.Equal(expected.Replies.Select(r => r.Text), adapter.Sent.Select(r => r.Text));
        Assert.Equal(4, adapter.Sent[^1].SuggestedActions?.Actions.Count);
    }

    [Fact]
    public async Task ARedeliveredMessageIsDroppedBeforeItsTurn()
    {
        var adapter = new RecordingAdapter(suggestedActionLimit: 10);
        var message = _bot.Message("xin chào");

        Assert.Equal(ChannelAcceptance.Queued, _turns.Accept(adapter, message));
        Assert.Equal(ChannelAcceptance.Duplicate, _turns.Accept(adapter, message));
        await WaitIdleAsync();

        var once = adapter.Sent.Count;
        Assert.True(once > 0);
        Assert.Equal(once, adapter.Sent.Count(r => r.ReplyToId == message.Id));
    }

    [Fact]
    public async Task ActionsOverTheLimitAreCutAndTheMoreTapBringsTheRest()
    {
        var adapter = new RecordingAdapter(suggestedActionLimit: 3);
        var full = (await TestBot.Create().SendAsync(_bot.Message("xin chào"))).Replies[^1].SuggestedActions!.Actions;

        _turns.Accept(adapter, _bot.Message("xin chào"));
        await WaitIdleAsync();
        var menu = adapter.Sent[^1];
        Assert.Equal([full[0].Title, full[1].Title, "Thêm…"], menu.SuggestedActions!.Actions.Select(a => a.Title));
        foreach (var (action, number) in full.Select((action, i) => (action, i + 1)))
        {
            Assert.Contains($"{number}. {action.Title}", menu.Text, StringComparison.Ordinal);
        }

        _turns.Accept(adapter, _bot.Message(ActionOverflow.MoreValue));
        await WaitIdleAsync();
        Assert.Equal(full.Skip(2).Select(a => a.Title), adapter.Sent[^1].SuggestedActions!.Actions.Select(a => a.Title));
    }

    [Fact]
    public async Task AfterAFailedReplyTheRestIsHeldBack()
    {
        var adapter = new RecordingAdapter(suggestedActionLimit: 10) { Failure = new ChannelSendException("test", "-230", permanent: true) };

        _turns.Accept(adapter, _bot.Message("xin chào"));
        await WaitIdleAsync();

        Assert.Equal(1, adapter.Attempts);
        Assert.Empty(adapter.Sent);
    }

    [Fact]
    public async Task AFullQueueIsReportedBusy()
    {
        var release = new TaskCompletionSource();
        var adapter = new RecordingAdapter(suggestedActionLimit: 10) { Gate = release.Task };
        using var refusals = new MeasuredCounts("pledgebot.queue.refusals", "channel");

        Assert.Equal(ChannelAcceptance.Queued, _turns.Accept(adapter, _bot.Message("một")));
        Assert.Equal(ChannelAcceptance.Queued, _turns.Accept(adapter, _bot.Message("hai")));
        Assert.Equal(ChannelAcceptance.Busy, _turns.Accept(adapter, _bot.Message("ba")));
        Assert.True(refusals[adapter.ChannelId] >= 1);

        release.SetResult();
        await WaitIdleAsync();
    }

    public void Dispose()
    {
        _queue.Dispose();
        _metrics.Dispose();
    }

    private async Task WaitIdleAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (_queue.Pending > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "Queued turns did not finish in time.");
            await Task.Delay(10);
        }
    }
}
