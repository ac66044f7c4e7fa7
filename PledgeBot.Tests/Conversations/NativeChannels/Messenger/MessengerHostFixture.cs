using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PledgeBot.Dialogs;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine.Turns;
using PledgeBot.Tests.Fixtures;

namespace PledgeBot.Tests.Conversations.NativeChannels.Messenger;

/// <summary>The bot with Messenger configured against a fake Graph API on loopback: its store in a fresh directory,
/// flood control off, fast retries, a staff key for the referral API, and <see cref="ScriptedRepliesBot"/> in front of
/// the campaign bot.</summary>
public sealed class MessengerHostFixture : IAsyncLifetime
{
    public const string AppSecret = "app-secret-for-the-messenger-tests";
    public const string VerifyToken = "verify-token-for-the-messenger-tests";
    public const string PageToken = "page-token-for-the-messenger-tests";
    public const string StaffKey = "staff-key-for-the-messenger-tests";
    public const string Route = "/api/channels/messenger";

    private readonly TestHostSet _hosts = new();

    public FakeGraph Graph { get; private set; } = null!;

    public TestHost Factory { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Graph = _hosts.Add(await FakeGraph.StartAsync());
        Factory = CreateFactory(Graph, messenger: true);
        Client = Factory.CreateClient();
    }

    /// <summary>Another host with its own store, disposed with the fixture (not by the test: a host stopped twice trips
    /// over its own disposed parts); <paramref name="messenger"/> false leaves the channel unconfigured.</summary>
    public TestHost CreateFactory(FakeGraph graph, bool messenger, params (string Key, string Value)[] settings)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var host = TestHost.Create().WithStaffKey(StaffKey).With("Campaign:PublicBaseUrl", "https://pledge.example");
        if (messenger)
        {
            host.WithMessenger(graph).With("Channels:Messenger:AttemptTimeout", "00:00:02").With("Channels:Messenger:TotalTimeout", "00:00:10");
        }

        return _hosts.Add(host.With(settings).WithServices(services =>
        {
            services.RemoveAll<IBot>();
            services.AddSingleton<CampaignBot>();
            services.AddSingleton<IBot, ScriptedRepliesBot>();
        }));
    }

    public static string Sign(string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(AppSecret), Encoding.UTF8.GetBytes(body)));

    /// <summary>Posts a webhook body signed with the app secret, as Meta does.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string body, string? signature = "")
    {
        ArgumentNullException.ThrowIfNull(client);
        using var request = new HttpRequestMessage(HttpMethod.Post, Route) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Hub-Signature-256", signature.Length == 0 ? Sign(body) : signature);
        }

        return await client.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostAsync(string body, string? signature = "") => PostAsync(Client, body, signature);

    public string Say(TextKey key) => Factory.Services.GetRequiredService<IContentSource>().Current.Get(Language.Vietnamese, key);

    public string Choice(string choiceId) => Factory.Services.GetRequiredService<IContentSource>().Current.ChoiceTitle(Language.Vietnamese, choiceId);

    public HttpClient StaffClient() => Factory.Client(StaffKey);

    /// <summary>A new referral code, created through the staff API.</summary>
    public async Task<string> CreateCodeAsync(string prefix)
    {
        var code = $"{prefix}{Random.Shared.Next(100_000, 999_999)}";
        using var staff = StaffClient();
        using var created = await staff.PostAsJsonAsync("/admin/referral-codes", new { code, owner = "KOL " + prefix, kind = "kol" });
        created.EnsureSuccessStatusCode();
        return code;
    }

    /// <summary>The code as staff see it: <c>{"code":{…,"reach"},"days":[…],"reachByChannel":{…}}</c>.</summary>
    public async Task<JsonElement> CodeAsync(string code)
    {
        using var staff = StaffClient();
        using var response = await staff.GetAsync($"/admin/referral-codes/{code}");
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        await _hosts.DisposeAsync();
    }
}
