using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
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
    private readonly List<TemporaryDirectory> _dataDirs = [];
    private readonly List<WebApplicationFactory<Program>> _hosts = [];
    private int _activity;

    public WebApplicationFactory<Program> First { get; private set; } = null!;

    public WebApplicationFactory<Program> Second { get; private set; } = null!;

    public RecordingProactiveSender FirstSends { get; } = new();

    public RecordingProactiveSender SecondSends { get; } = new();

    /// <summary>Where the first instance's Kestrel listens, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public RedisServerFixture Redis => _redis;

    public async Task InitializeAsync()
    {
        await _redis.InitializeAsync();
        First = Host(FirstSends);
        First.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        First.StartServer();
        var address = First.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
        Second = Host(SecondSends);
        _ = Second.Server;
    }

    public HttpClient FirstClient(string? bearer = null) => WithBearer(new HttpClient { BaseAddress = BaseAddress }, bearer);

    public HttpClient SecondClient(string? bearer = null) => WithBearer(Second.CreateClient(), bearer);

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
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        await _redis.DisposeAsync();
        foreach (var dataDir in _dataDirs)
        {
            dataDir.Dispose();
        }
    }

    private static HttpClient WithBearer(HttpClient client, string? bearer)
    {
        if (bearer is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return client;
    }

    private WebApplicationFactory<Program> Host(RecordingProactiveSender sends)
    {
        var dataDir = new TemporaryDirectory();
        _dataDirs.Add(dataDir);
        var host = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("ConnectionStrings:Redis", _redis.Endpoint);
            builder.UseSetting("Store:DataDir", dataDir.Path);
            builder.UseSetting("Store:StateCacheEntries", "0");
            builder.UseSetting("FloodControl:MessagesPerWindow", "0");
            builder.UseSetting("Staff:ApiKeys:0", ReferralHostFixture.StaffKeyHash);
            builder.UseSetting("Campaign:PublicBaseUrl", BaseUrl);
            builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton<IProactiveSender>(sends)));
        });
        _hosts.Add(host);
        return host;
    }
}
