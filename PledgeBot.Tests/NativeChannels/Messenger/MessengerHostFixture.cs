using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PledgeBot.Dialogs;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine.Turns;

namespace PledgeBot.Tests.NativeChannels.Messenger;

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

    private readonly List<WebApplicationFactory<Program>> _factories = [];
    private readonly List<string> _dataDirs = [];

    public FakeGraph Graph { get; private set; } = null!;

    public WebApplicationFactory<Program> Factory { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Graph = await FakeGraph.StartAsync();
        Factory = CreateFactory(Graph, messenger: true);
        Client = Factory.CreateClient();
    }

    /// <summary>Another host with its own store, disposed with the fixture (not by the test: a host stopped twice trips
    /// over its own disposed parts); <paramref name="messenger"/> false leaves the channel unconfigured.</summary>
    public WebApplicationFactory<Program> CreateFactory(FakeGraph graph, bool messenger, params (string Key, string Value)[] settings)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var dataDir = Directory.CreateTempSubdirectory("pledgebot-messenger-").FullName;
        _dataDirs.Add(dataDir);
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseSetting("Store:DataDir", dataDir);
            host.UseSetting("FloodControl:MessagesPerWindow", "0");
            host.UseSetting("Staff:ApiKeys:0", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(StaffKey))));
            host.UseSetting("Campaign:PublicBaseUrl", "https://pledge.example");
            if (messenger)
            {
                host.UseSetting("Channels:Messenger:PageAccessToken", PageToken);
                host.UseSetting("Channels:Messenger:AppSecret", AppSecret);
                host.UseSetting("Channels:Messenger:VerifyToken", VerifyToken);
                host.UseSetting("Channels:Messenger:ApiBaseUrl", graph.BaseUrl);
                host.UseSetting("Channels:Messenger:RetryBaseDelay", "00:00:00.010");
                host.UseSetting("Channels:Messenger:AttemptTimeout", "00:00:02");
                host.UseSetting("Channels:Messenger:TotalTimeout", "00:00:10");
            }

            foreach (var (key, value) in settings)
            {
                host.UseSetting(key, value);
            }

            host.ConfigureTestServices(services =>
            {
                services.RemoveAll<IBot>();
                services.AddSingleton<CampaignBot>();
                services.AddSingleton<IBot, ScriptedRepliesBot>();
            });
        });
        _factories.Add(factory);
        return factory;
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

    public HttpClient StaffClient()
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", StaffKey);
        return client;
    }

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
        foreach (var factory in _factories)
        {
            await factory.DisposeAsync();
        }

        if (Graph is not null)
        {
            await Graph.DisposeAsync();
        }

        foreach (var dataDir in _dataDirs)
        {
            try
            {
                Directory.Delete(dataDir, recursive: true);
            }
            catch (IOException)
            {
                // A store that has not quite let go of its files; the OS cleans temp eventually.
            }
        }
    }
}
