using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Tests.Fakes;
using PledgeBot.Tests.Fixtures;
using StackExchange.Redis;

namespace PledgeBot.Tests.Counsel;

/// <summary>Two instances with the console on (open all day, a short wait, a fast sweeper) sharing one redis-server and
/// nothing else, two counsellor keys and a staff key, and a fake Connector on loopback where the young person's
/// Emulator-style conversation receives what the console sends.</summary>
public sealed class CounselHostFixture : IAsyncLifetime
{
    public const string CounsellorKey = "counsellor-key-one-for-the-console-tests";
    public const string OtherCounsellorKey = "counsellor-key-two-for-the-console-tests";
    public const string StaffKey = "staff-key-for-the-console-tests";
    public const string Prefix = "pledgebot:";

    private readonly TestHostSet _hosts = new();
    private int _activity;

    public RedisServerFixture Redis { get; } = new();

    public FakeConnector Connector { get; private set; } = null!;

    /// <summary>Where the young person is.</summary>
    public TestHost First { get; private set; } = null!;

    /// <summary>Where the counsellor is.</summary>
    public TestHost Second { get; private set; } = null!;

    public string ServiceUrl => new Uri(Connector.BaseUrl, "counsel/").ToString();

    public static string Hash(string key) => KeyHash.Of(key);

    public async Task InitializeAsync()
    {
        await Redis.InitializeAsync();
        Connector = _hosts.Add(await FakeConnector.StartAsync());
        First = Host().Start();
        Second = Host().Start();
    }

    public TestHost Host(params (string Key, string Value)[] settings) => _hosts.Add(TestHost.Create()
        .WithStore(Redis)
        .WithConnector()
        .With("Handoff:Mode", "console")
        .With("Counsel:Hours", "00:00-00:00")
        .With("Counsel:MaxWait", "00:01:00")
        .With("Counsel:SweepInterval", "00:00:00.200")
        .With("Counsel:ApiKeys:0", Hash(CounsellorKey))
        .With("Counsel:ApiKeys:1", Hash(OtherCounsellorKey))
        .WithStaffKey(StaffKey)
        .With(settings));

    public static HttpClient Client(WebApplicationFactory<Program> host, string? key)
    {
        ArgumentNullException.ThrowIfNull(host);
        return host.CreateClient().WithBearer(key);
    }

    /// <summary>The young person says <paramref name="text"/> on <paramref name="host"/> (an Emulator-style channel whose
    /// Connector is the fake one) and gets the turn's replies.</summary>
    public async Task<IReadOnlyList<Activity>> SayAsync(WebApplicationFactory<Program> host, string conversationId, string text)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = $"counsel-activity-{Interlocked.Increment(ref _activity)}",
            Text = text,
            ChannelId = Channels.Emulator,
            ServiceUrl = ServiceUrl,
            DeliveryMode = DeliveryModes.ExpectReplies,
            Locale = "vi-VN",
            From = new ChannelAccount { Id = "user-" + conversationId, Name = "Nguyễn Văn A" },
            Recipient = new ChannelAccount { Id = "bot" },
            Conversation = new ConversationAccount { Id = conversationId },
        };
        using var client = host.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/messages", activity, ProtocolJsonContext.Default.Activity);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync(ProtocolJsonContext.Default.ExpectedReplies);
        return body!.Activities;
    }

    /// <summary>A young person greeted, in "talk to someone", who chose to chat with a counsellor.</summary>
    public async Task<string> QueueAsync(string conversationId, WebApplicationFactory<Program>? on = null)
    {
        on ??= First;
        await SayAsync(on, conversationId, "xin chào");
        await SayAsync(on, conversationId, "3");
        await SayAsync(on, conversationId, "💬 Nhắn với tư vấn viên");
        return await ChatIdAsync(conversationId) ?? throw new InvalidOperationException("The conversation was not queued.");
    }

    public StateKey ConversationKey(string conversationId) =>
        First.Services.GetRequiredService<IPseudonymizer>().ConversationKey(Channels.Emulator, conversationId);

    public async Task<string?> ChatIdAsync(string conversationId) =>
        await Redis.Multiplexer.GetDatabase().StringGetAsync($"{Prefix}{{counsel}}:conversation:{ConversationKey(conversationId)}");

    /// <summary>What the fake Connector received for the conversation, as texts.</summary>
    public IReadOnlyList<string> Delivered(string conversationId) =>
        [.. Connector.RequestsFor(conversationId).Select(request => JsonDocument.Parse(request.Body).RootElement.GetProperty("text").GetString() ?? string.Empty)];

    public async Task<IReadOnlyList<string>> WaitForDeliveredAsync(string conversationId, int count)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (Delivered(conversationId).Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        return Delivered(conversationId);
    }

    public IDatabase Database => Redis.Multiplexer.GetDatabase();

    public async Task DisposeAsync()
    {
        await _hosts.DisposeAsync();
        await Redis.DisposeAsync();
    }
}
