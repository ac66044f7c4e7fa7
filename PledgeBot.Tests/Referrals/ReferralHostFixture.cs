using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;

namespace PledgeBot.Tests.Referrals;

/// <summary>One bot host for the referral HTTP tests: its store in a fresh directory, a known staff key, a public base
/// URL and a Telegram bot name (no Messenger page, so that link is absent).</summary>
public sealed class ReferralHostFixture : IAsyncLifetime
{
    public const string StaffKey = "staff-key-for-the-referral-tests";
    public const string BaseUrl = "https://pledge.example";

    private readonly List<WebApplicationFactory<Program>> _factories = [];
    private readonly List<string> _dataDirs = [];

    public WebApplicationFactory<Program> Factory { get; private set; } = null!;

    public static string StaffKeyHash => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(StaffKey)));

    public Task InitializeAsync()
    {
        Factory = CreateFactory();
        _ = Factory.Server;
        return Task.CompletedTask;
    }

    public WebApplicationFactory<Program> CreateFactory(params (string Key, string Value)[] settings)
    {
        var dataDir = Directory.CreateTempSubdirectory("pledgebot-referrals-").FullName;
        _dataDirs.Add(dataDir);
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseSetting("Store:DataDir", dataDir);
            host.UseSetting("FloodControl:MessagesPerWindow", "0");
            host.UseSetting("Staff:ApiKeys:0", StaffKeyHash);
            host.UseSetting("Campaign:PublicBaseUrl", BaseUrl);
            host.UseSetting("Channels:TelegramBotName", "PledgeVN_bot");
            foreach (var (key, value) in settings)
            {
                host.UseSetting(key, value);
            }
        });
        _factories.Add(factory);
        return factory;
    }

    public HttpClient StaffClient()
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", StaffKey);
        return client;
    }

    public async Task DisposeAsync()
    {
        foreach (var factory in _factories)
        {
            await factory.DisposeAsync();
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
