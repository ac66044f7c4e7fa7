using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PledgeBot.Dialogs;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Dialogs.Engine.Turns;
using PledgeBot.Tests.Fakes;

namespace PledgeBot.Tests.Transcripts;

/// <summary>The whole bot — content, middleware, dialogs — over in-memory ports, driven one activity at a time.</summary>
public sealed class TestBot
{
    private readonly TurnPipeline _pipeline;
    private int _nextId;

    private TestBot(IServiceProvider services, Language language)
    {
        Services = services;
        Language = language;
        _pipeline = services.GetRequiredService<TurnPipeline>();
        Content = services.GetRequiredService<IContentSource>().Current;
    }

    public IServiceProvider Services { get; }

    public Language Language { get; }

    public ContentCatalog Content { get; }

    public string ConversationId { get; init; } = "conversation-1";

    public string UserId { get; init; } = "user-1";

    public static TestBot Create(Language language = Language.Vietnamese, Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddPledgeBotDialogs();
        services.Configure<FloodControlOptions>(options => options.MessagesPerWindow = 0);
        services.AddSingleton<IStateStore, InMemoryStateStore>();
        services.AddSingleton<IPseudonymizer, FakePseudonymizer>();
        services.AddSingleton<InMemoryCampaignLedger>();
        services.AddSingleton<ICampaignLedger>(provider => provider.GetRequiredService<InMemoryCampaignLedger>());
        services.AddSingleton<InMemoryReferralRegistry>();
        services.AddSingleton<IReferralRegistry>(provider => provider.GetRequiredService<InMemoryReferralRegistry>());
        services.AddSingleton<ICampaignLinks, FakeCampaignLinks>();
        services.AddSingleton(new Random(12345));
        services.AddSingleton<TimeProvider>(new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 17, 30, 0, TimeSpan.Zero)));
        configure?.Invoke(services);
        return new TestBot(services.BuildServiceProvider(), language);
    }

    public Transcript Transcript() => new(this);

    public InMemoryCampaignLedger Ledger => Services.GetRequiredService<InMemoryCampaignLedger>();

    public InMemoryReferralRegistry Referrals => Services.GetRequiredService<InMemoryReferralRegistry>();

    public Activity Message(string text) => Incoming(ActivityTypes.Message) with { Text = text };

    public Activity Event(string name, System.Text.Json.JsonElement? value = null) => Incoming(ActivityTypes.Event) with { Name = name, Value = value };

    public Activity Joins() => Incoming(ActivityTypes.ConversationUpdate) with
    {
        MembersAdded = [new ChannelAccount { Id = "bot" }, new ChannelAccount { Id = UserId }],
    };

    public Task<TurnResult> SendAsync(Activity activity) => _pipeline.RunAsync(activity, CancellationToken.None);

    private Activity Incoming(string type) => new()
    {
        Type = type,
        Id = $"activity-{Interlocked.Increment(ref _nextId)}",
        ChannelId = Channels.Test,
        ServiceUrl = "http://localhost:3979/",
        Conversation = new ConversationAccount { Id = ConversationId },
        From = new ChannelAccount { Id = UserId, Name = "Test user" },
        Recipient = new ChannelAccount { Id = "bot", Name = "PledgeBot" },
        Locale = Language.Locale(),
    };
}
