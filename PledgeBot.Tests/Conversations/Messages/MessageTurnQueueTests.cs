using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using PledgeBot.Auth;
using PledgeBot.Conversations.Connector;
using PledgeBot.Conversations;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine.Turns;
using PledgeBot.Conversations.Messages;
using PledgeBot.Conversations.NativeChannels;
using PledgeBot.Tests.Fakes;
using PledgeBot.Tests.Safety;
using PledgeBot.Tests.Transcripts;

namespace PledgeBot.Tests.Conversations.Messages;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class MessageTurnQueueTests : IDisposable
{
    private const string Escapes = "mình tên Lan, số 0912345678";

    private readonly TestBot _bot = TestBot.Create();
    private readonly CapturedLogs _logs = new();
    private readonly ILoggerFactory _loggers;
    // The first reply is slow: replies sent beside the queue instead of behind it would overtake it.
    private readonly RecordingConnectorHandler _connector = new(TimeSpan.FromMilliseconds(300));
    private readonly ConversationQueue _queue;
    private readonly RecentDeliveries _recent;
    private readonly MessageTurnQueue _turns;

    public MessageTurnQueueTests()
    {
        _loggers = LoggerFactory.Create(logging => logging.AddProvider(_logs).SetMinimumLevel(LogLevel.Trace));
        var options = Options.Create(new ChannelsOptions { Capacity = 2 });
        _queue = new ConversationQueue(options, NullLogger<ConversationQueue>.Instance);
        _recent = new RecentDeliveries(options, TimeProvider.System);
        var services = _bot.Services;
        var pipeline = new TurnPipeline(
            [new EscapingMiddleware(Escapes), .. services.GetServices<ITurnMiddleware>()],
            services.GetRequiredService<IBot>(),
            services.GetRequiredService<IContentSource>(),
            TimeProvider.System,
            NullLogger<TurnPipeline>.Instance);
        var connector = new ConnectorClient(
            new HttpClient(_connector),
            Options.Create(new BotAuthOptions()),
            new TrustedServiceUrls(Options.Create(new BotFrameworkOptions()), TimeProvider.System),
            NullLogger<ConnectorClient>.Instance);
        var runner = new TurnRunner(pipeline, TimeProvider.System, _loggers.CreateLogger<TurnRunner>());
        var delivery = new ConnectorDelivery(connector, TimeProvider.System, _loggers.CreateLogger<ConnectorDelivery>());
        _turns = new MessageTurnQueue(runner, delivery, _queue, _recent, Mock.Of<IHostApplicationLifetime>(), _loggers.CreateLogger<MessageTurnQueue>());
    }

    [Fact]
    public async Task Logs_a_turn_that_escaped_the_turn_handler_by_its_exception_type_only_and_runs_the_conversations_next_turn()
    {
        var failing = _bot.Message(Escapes);
        var next = _bot.Message("xin chào");

        Assert.Equal(ChannelAcceptance.Queued, _turns.Accept(failing));
        Assert.Equal(ChannelAcceptance.Queued, _turns.Accept(next));
        await Eventually.WaitAsync(() => _queue.Pending, pending => pending == 0);

        Assert.Contains(_logs.Lines, line => line.Contains(" 1007 ", StringComparison.Ordinal) && line.Contains(nameof(InvalidOperationException), StringComparison.Ordinal));
        Assert.DoesNotContain("0912345678", _logs.All, StringComparison.Ordinal);
        Assert.NotEmpty(_connector.Posted);
        Assert.All(_connector.Posted, reply => Assert.Equal(next.Id, (string?)reply["replyToId"]));
    }

    [Fact]
    public async Task Sends_an_invokes_replies_before_answering_when_the_queue_is_full()
    {
        var held = new TaskCompletionSource();
        Assert.True(_queue.TryEnqueue("elsewhere-1", _ => held.Task));
        Assert.True(_queue.TryEnqueue("elsewhere-2", _ => held.Task));
        var invoke = _bot.Message("xin chào") with { Type = ActivityTypes.Invoke };
        var reply = invoke.CreateReply(DateTimeOffset.UnixEpoch, "vi-VN") with { Type = ActivityTypes.Message, Text = "ok" };

        await _turns.SendLaterAsync(invoke, [reply]);

        var posted = Assert.Single(_connector.Posted);
        Assert.Equal("ok", (string?)posted["text"]);
        Assert.Contains(_logs.Lines, line => line.Contains(" 1008 ", StringComparison.Ordinal));
        held.SetResult();
    }

    [Fact]
    public async Task Queues_an_invokes_replies_behind_the_conversations_earlier_turn()
    {
        var earlier = _bot.Message("xin chào");
        var invoke = _bot.Message("xin chào") with { Type = ActivityTypes.Invoke };
        var reply = invoke.CreateReply(DateTimeOffset.UnixEpoch, "vi-VN") with { Type = ActivityTypes.Message, Text = "ok" };

        Assert.Equal(ChannelAcceptance.Queued, _turns.Accept(earlier));
        await Eventually.WaitAsync(() => _connector.Arrived, arrived => arrived > 0);
        await _turns.SendLaterAsync(invoke, [reply]);
        await Eventually.WaitAsync(() => _queue.Pending, pending => pending == 0);

        Assert.Equal("ok", (string?)_connector.Posted.Last()["text"]);
        Assert.True(_connector.Posted.Count > 1);
        Assert.DoesNotContain(_logs.Lines, line => line.Contains(" 1008 ", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        _queue.Dispose();
        _recent.Dispose();
        _loggers.Dispose();
        _connector.Dispose();
    }
}
