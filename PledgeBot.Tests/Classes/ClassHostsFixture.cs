using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using PledgeBot.Conversations;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Tests.Fixtures;
using PledgeBot.Tests.Referrals;

namespace PledgeBot.Tests.Classes;

/// <summary>Two instances sharing one real redis-server and nothing else: the first on a Kestrel socket (the browser
/// and EventSource need one), the second in memory. Each records its proactive sends instead of reaching channels.</summary>
public sealed class ClassHostsFixture : IAsyncLifetime
{
    public const string BaseUrl = "https://khongmotminh.example";

    private readonly RedisServerFixture _redis = new();
    private readonly TestHostSet _hosts = new();
    private int _activity;

    public TestHost First { get; private set; } = null!;

    public TestHost Second { get; private set; } = null!;

    public RecordingProactiveSender FirstSends { get; } = new();

    public RecordingProactiveSender SecondSends { get; } = new();

    /// <summary>Where the first instance's Kestrel listens, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress => First.BaseAddress!;

    public RedisServerFixture Redis => _redis;

    public async Task InitializeAsync()
    {
        await _redis.InitializeAsync();
        First = _hosts.Add(Host(FirstSends).OnLoopback()).Start();
        Second = _hosts.Add(Host(SecondSends)).Start();
    }

    public HttpClient FirstClient(string? bearer = null) => First.Client(bearer);

    public HttpClient SecondClient(string? bearer = null) => Second.Client(bearer);

    /// <summary>Creates a class on the first instance with staff's key and returns the answer's JSON.</summary>
    public async Task<JsonElement> CreateClassAsync(object body)
    {
        using var staff = FirstClient(ReferralHostFixture.StaffKey);
        using var response = await staff.PostAsJsonAsync("/admin/classes", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone();
    }

    /// <summary>A student's message to <paramref name="client"/>'s /api/messages, the replies read back.</summary>
    public async Task<IReadOnlyList<Activity>> SayAsync(HttpClient client, string userId, string text, string locale = "vi-VN")
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = $"a-{Interlocked.Increment(ref _activity)}",
            Text = text,
            ChannelId = Channels.Emulator,
            ServiceUrl = "http://localhost:3979/",
            DeliveryMode = DeliveryModes.ExpectReplies,
            Locale = locale,
            From = new ChannelAccount { Id = userId, Name = "Nguyễn Văn A" },
            Recipient = new ChannelAccount { Id = "bot" },
            Conversation = new ConversationAccount { Id = $"conv-{userId}" },
        };
        using var response = await client.PostAsJsonAsync("/api/messages", activity, ProtocolJsonContext.Default.Activity);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync(ProtocolJsonContext.Default.ExpectedReplies);
        return body!.Activities;
    }

    public static async Task<HttpResponseMessage> MoveAsync(HttpClient client, string code, string move, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/classes/{code}/{move}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request);
    }

    public async Task DisposeAsync()
    {
        await _hosts.DisposeAsync();
        await _redis.DisposeAsync();
    }

    private TestHostBuilder Host(RecordingProactiveSender sends) => TestHost.Create()
        .WithStore(_redis)
        .With("Store:StateCacheEntries", "0")
        .WithStaffKey(ReferralHostFixture.StaffKey)
        .With("Campaign:PublicBaseUrl", BaseUrl)
        .WithFake<IProactiveSender>(sends);
}
